package io.textkit.app;

import io.textkit.classify.FastTextClassifier;
import io.textkit.classify.FastTextConfig;
import io.textkit.classify.FastTextTrainer;
import io.textkit.corpora.LabelledCorpus;
import io.textkit.corpora.LabelledFormat;
import io.textkit.tokenize.TokenizerSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code textkit classify train}: a fastText classifier from a labelled file. Options left out keep
 * {@link FastTextConfig#defaults()}, so the command and the Java API train the same model.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a fastText classifier on a labelled text file and save it as a textkit model file.")
final class ClassifyTrainCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Labelled training data.")
    Path train;

    @Option(names = "--format", required = true, converter = LabelledFormatConverter.class,
            description = "Line layout: fasttext, label-tab-text, text-tab-label or label-space-text.")
    LabelledFormat format;

    @Option(names = "--output", required = true, paramLabel = "MODEL", description = "Where to write the model (.tkm).")
    Path output;

    @Option(names = "--dim", description = "Embedding size. Default: 100.")
    Integer dim;

    @Option(names = "--lr", description = "Initial learning rate. Default: 0.1.")
    Double lr;

    @Option(names = "--epochs", description = "Passes over the data. Default: 5.")
    Integer epochs;

    @Option(names = "--word-ngrams", description = "Longest word n-gram; 1 for words only. Default: 1.")
    Integer wordNgrams;

    @Option(names = "--min-count", description = "Drop words seen fewer times. Default: 1.")
    Integer minCount;

    @Option(names = "--loss", converter = LossConverter.class, paramLabel = "softmax|hs",
            description = "softmax over all labels, or hs: hierarchical softmax over the labels' Huffman tree, "
                    + "faster with many labels. Default: softmax.")
    FastTextConfig.Loss loss;

    @Option(names = "--threads", description = "Training threads; 1 is reproducible for a seed. Default: 1.")
    Integer threads;

    @Option(names = "--seed", description = "Random seed. Default: 1.")
    Long seed;

    @Option(names = "--tokenizer",
            description = "whitespace (lower-cased), english, chinese or characters. Default: whitespace.")
    String tokenizer;

    @Override
    public Integer call() throws Exception {
        FastTextConfig config = config();
        long start = System.nanoTime();
        FastTextClassifier trained = new FastTextTrainer(config).train(LabelledCorpus.of(train, format));
        trained.save(output);
        out().printf(Locale.ROOT, "%d labels, %,d words, trained in %.1f s; model written to %s%n",
                trained.labels().size(), trained.words().size(), (System.nanoTime() - start) / 1e9, output);
        return 0;
    }

    private FastTextConfig config() {
        FastTextConfig config = FastTextConfig.defaults();
        if (dim != null) {
            config = config.withDim(dim);
        }
        if (lr != null) {
            config = config.withLr(lr);
        }
        if (epochs != null) {
            config = config.withEpochs(epochs);
        }
        if (wordNgrams != null) {
            config = config.withWordNgrams(wordNgrams);
        }
        if (minCount != null) {
            config = config.withMinCount(minCount);
        }
        if (loss != null) {
            config = config.withLoss(loss);
        }
        if (threads != null) {
            config = config.withThreads(threads);
        }
        if (seed != null) {
            config = config.withSeed(seed);
        }
        if (tokenizer != null) {
            config = config.withTokenizer(TokenizerSettings.of(tokenizer));
        }
        return config;
    }

    /** Reads {@code --loss} as fastText writes it ({@code softmax}, {@code hs}); a bad name is a usage error. */
    static final class LossConverter implements ITypeConverter<FastTextConfig.Loss> {
        @Override
        public FastTextConfig.Loss convert(String value) {
            try {
                return FastTextConfig.Loss.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
