package io.textkit.app;

import io.textkit.classify.FastTextClassifier;
import io.textkit.classify.FastTextConfig;
import io.textkit.classify.FastTextTrainer;
import io.textkit.classify.NeuralConfig;
import io.textkit.classify.NeuralTrainer;
import io.textkit.classify.TextClassifier;
import io.textkit.corpora.LabelledExample;
import io.textkit.embed.VectorFiles;
import io.textkit.tokenize.TokenizerSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Which classifier to train and its hyper-parameters, shared by {@code classify train} and
 * {@code classify cv}. Options left out keep the architecture's defaults, so the command line and
 * the Java API train the same model. fastText keeps fastText's own option names; the neural
 * architectures take the common options plus {@code --set field=value} for any config field.
 */
final class ModelOptions {
    @Option(names = "--model", defaultValue = "fasttext", paramLabel = "KIND",
            description = "fasttext, textcnn, textrnn, rcnn or han. Default: fasttext.")
    String model;

    @Option(names = "--dim", description = "Word vector size. Default: the model's (fastText 100, TextCNN 300).")
    Integer dim;

    @Option(names = "--epochs", description = "Passes over the data (the most, with a development set).")
    Integer epochs;

    @Option(names = "--min-count", description = "Words seen fewer times are dropped (fastText) or <unk>. Default: 1.")
    Integer minCount;

    @Option(names = "--seed", description = "Random seed; with one thread a seed gives the same model. Default: 1.")
    Long seed;

    @Option(names = "--tokenizer",
            description = "whitespace (lower-cased), english, chinese or characters. Default: whitespace.")
    String tokenizer;

    @Option(names = "--lr", description = "fastText: initial learning rate. Default: 0.1.")
    Double lr;

    @Option(names = "--word-ngrams", description = "fastText: longest word n-gram; 1 for words only. Default: 1.")
    Integer wordNgrams;

    @Option(names = "--threads", description = "fastText: training threads; 1 is reproducible. Default: 1.")
    Integer threads;

    @Option(names = "--loss", converter = LossConverter.class, paramLabel = "softmax|hs",
            description = "fastText: softmax over all labels, or hs: hierarchical softmax over the labels' Huffman"
                    + " tree, faster with many labels. Default: softmax.")
    FastTextConfig.Loss loss;

    @Option(names = "--batch-size", description = "Neural models: examples per mini-batch.")
    Integer batchSize;

    @Option(names = "--patience", description = "Neural models: epochs without dev improvement before stopping.")
    Integer patience;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
            description = "Neural models: set any config field, e.g. --set maps=200 --set widths=3,4,5"
                    + " --set channels=non-static.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--class-weights", paramLabel = "balanced|LABEL=W,…",
            description = "Neural models: weigh each class's examples in the loss; 'balanced' weighs every class"
                    + " equally in total.")
    String classWeights;

    @Option(names = "--vectors", paramLabel = "FILE",
            description = "Pretrained word vectors (word2vec text or binary, or a textkit vectors file) of the"
                    + " model's dim, for fasttext (as fastText's -pretrainedVectors), textcnn with --set"
                    + " channels=static|non-static|multichannel, and the other neural models with --set"
                    + " pretrained=true. Every word of the file joins the model's vocabulary, so the model file"
                    + " grows by the table; see --vectors-limit.")
    Path vectors;

    @Option(names = "--vectors-limit", paramLabel = "N",
            description = "Of the words training does not see, only the first N of --vectors join the vocabulary"
                    + " (word2vec files list the most frequent first); every training word keeps its vector.")
    Integer vectorsLimit;

    @Option(names = "--keep-vector-lengths",
            description = "Neural models: start from the --vectors as given instead of rescaling each to the length"
                    + " of a random U(-0.25, 0.25) vector (Kim's code did, with Google News vectors of that scale).")
    boolean keepVectorLengths;

    @Option(names = "--quiet", description = "Neural models: no per-epoch log lines or progress bar.")
    boolean quiet;

    private volatile NeuralTrainer running;
    private Map<String, float[]> pretrained;

    /** The seed given, or 1. */
    long seed() {
        return seed == null ? 1 : seed;
    }

    /**
     * True for the neural architectures, false for fastText.
     *
     * @throws IllegalArgumentException for an unknown {@code --model}
     */
    boolean neural() {
        if (model.equals(FastTextClassifier.KIND)) {
            return false;
        }
        if (!NeuralConfig.kinds().contains(model)) {
            throw new IllegalArgumentException("unknown --model '" + model + "'; known models: " + FastTextClassifier.KIND
                    + ", " + String.join(", ", NeuralConfig.kinds()));
        }
        return true;
    }

    /**
     * Trains the chosen classifier on {@code train}, choosing its epoch on {@code dev} (neural models
     * only), logging epochs to standard error unless {@code --quiet}.
     *
     * @throws IllegalArgumentException for an unknown model, an option that does not apply to it, or
     *                                  a bad setting
     */
    TextClassifier train(List<LabelledExample> train, List<LabelledExample> dev) throws IOException {
        if (vectorsLimit != null && (vectors == null || vectorsLimit < 0)) {
            throw new IllegalArgumentException("--vectors-limit takes a number of words ≥ 0 and needs --vectors");
        }
        if (keepVectorLengths && vectors == null) {
            throw new IllegalArgumentException("--keep-vector-lengths needs --vectors");
        }
        if (!neural()) {
            if (!dev.isEmpty()) {
                throw new IllegalArgumentException("fasttext trains for a fixed number of epochs and takes no"
                        + " development set");
            }
            if (keepVectorLengths) {
                throw new IllegalArgumentException("--keep-vector-lengths applies to the neural models; fasttext"
                        + " always starts from the vectors as given, as fastText's -pretrainedVectors does");
            }
            FastTextTrainer trainer = new FastTextTrainer(fastTextConfig());
            if (vectors != null) {
                trainer.pretrained(pretrainedVectors(), unseenLimit());
            }
            return trainer.train(train);
        }
        NeuralTrainer trainer = new NeuralTrainer(neuralConfig()).log(quiet ? null : System.err);
        if (vectors != null) {
            trainer.pretrained(pretrainedVectors(), unseenLimit());
        }
        if (keepVectorLengths) {
            trainer.keepVectorLengths();
        }
        if (classWeights != null) {
            if (classWeights.equals("balanced")) {
                trainer.balancedClassWeights();
            } else {
                trainer.classWeights(weights(classWeights));
            }
        }
        running = trainer;
        try {
            return trainer.train(train, dev);
        } finally {
            running = null;
        }
    }

    /**
     * The {@code --vectors} file as word → vector, in its order; read once, so the folds of
     * {@code classify cv} share it (the trainers copy what they use).
     */
    private Map<String, float[]> pretrainedVectors() throws IOException {
        if (pretrained == null) {
            pretrained = VectorFiles.read(vectors).toMap();
        }
        return pretrained;
    }

    private int unseenLimit() {
        return vectorsLimit == null ? Integer.MAX_VALUE : vectorsLimit;
    }

    /** Asks a neural training in progress to stop after its current batch. */
    void requestStop() {
        NeuralTrainer trainer = running;
        if (trainer != null) {
            trainer.requestStop();
        }
    }

    private NeuralConfig neuralConfig() {
        List<String> fastTextOnly = new ArrayList<>();
        if (lr != null) {
            fastTextOnly.add("--lr");
        }
        if (wordNgrams != null) {
            fastTextOnly.add("--word-ngrams");
        }
        if (threads != null) {
            fastTextOnly.add("--threads");
        }
        if (loss != null) {
            fastTextOnly.add("--loss");
        }
        if (!fastTextOnly.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", fastTextOnly) + " applies to fasttext only; for "
                    + model + " use --set (e.g. --set lr=0.001 where the model has an lr)");
        }
        Map<String, String> all = new LinkedHashMap<>();
        put(all, "dim", dim);
        put(all, "epochs", epochs);
        put(all, "minCount", minCount);
        put(all, "seed", seed);
        put(all, "batchSize", batchSize);
        put(all, "patience", patience);
        all.putAll(settings);
        NeuralConfig config = NeuralConfig.defaults(model).with(all);
        return tokenizer == null ? config : config.withTokenizer(TokenizerSettings.of(tokenizer));
    }

    private FastTextConfig fastTextConfig() {
        if (batchSize != null || patience != null || !settings.isEmpty() || classWeights != null) {
            throw new IllegalArgumentException("--batch-size, --patience, --set and --class-weights apply"
                    + " to the neural models only, not fasttext");
        }
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
        if (threads != null) {
            config = config.withThreads(threads);
        }
        if (loss != null) {
            config = config.withLoss(loss);
        }
        if (seed != null) {
            config = config.withSeed(seed);
        }
        if (tokenizer != null) {
            config = config.withTokenizer(TokenizerSettings.of(tokenizer));
        }
        return config;
    }

    private static void put(Map<String, String> settings, String field, Number value) {
        if (value != null) {
            settings.put(field, value.toString());
        }
    }

    /** Reads {@code pos=2,neg=0.5}. */
    private static Map<String, Double> weights(String value) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String item : value.split(",")) {
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--class-weights: expected 'balanced' or LABEL=WEIGHT,…, got '"
                        + item + "'");
            }
            try {
                weights.put(item.substring(0, eq).strip(), Double.parseDouble(item.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--class-weights: '" + item.substring(eq + 1) + "' is not a number");
            }
        }
        return weights;
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
