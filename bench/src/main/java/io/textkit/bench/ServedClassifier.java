package io.textkit.bench;

import io.textkit.classify.FastTextConfig;
import io.textkit.classify.FastTextTrainer;
import io.textkit.classify.TextClassifier;
import io.textkit.classify.TextCnnConfig;
import io.textkit.classify.TextRnnConfig;
import io.textkit.classify.HanConfig;
import io.textkit.classify.NeuralTrainer;
import io.textkit.classify.RcnnConfig;
import io.textkit.core.config.Configs;
import io.textkit.corpora.Header;
import io.textkit.corpora.LabelledCorpus;
import io.textkit.corpora.LabelledExample;
import io.textkit.corpora.LabelledFormat;
import io.textkit.corpora.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The classifier kinds that the serving benchmarks measure ({@link ClassifierLatencyBenchmark} and
 * {@code bench/serve/load.sh}), each with a training recipe at its paper's size but trained only
 * briefly: latency depends on the model's shape, not on its accuracy. Adding a kind to both
 * benchmarks is adding a constant here.
 *
 * <p>{@link #main} trains every kind (or the ones named) on a {@code label text} file such as Kim's
 * {@code rt-polarity.all} and writes {@code DIR/<kind>.tkm}:
 * <pre>
 * java -cp bench/target/benchmarks.jar io.textkit.bench.ServedClassifier DATA DIR [kind ...]
 * </pre>
 * and with the single argument {@code --kinds} lists the kinds, one a line.
 */
public enum ServedClassifier {
    /** Joulin et al. (2016): dim 100, word bigrams (200,000 buckets), one epoch over every example. */
    FASTTEXT {
        @Override
        TextClassifier train(List<LabelledExample> examples) {
            return new FastTextTrainer(Configs.with(FastTextConfig.defaults(), Map.of("wordNgrams", 2, "epochs", 1)))
                    .train(examples);
        }
    },
    /**
     * Kim (2014) CNN-rand: dim 300, widths 3, 4, 5 × 100 maps; one epoch over every tenth example
     * (Kim's files are sorted by label, so every label is among them).
     */
    TEXTCNN {
        @Override
        TextClassifier train(List<LabelledExample> examples) {
            return new NeuralTrainer(Configs.with(TextCnnConfig.defaults(), "epochs", 1)).train(everyTenth(examples));
        }
    },
    /** TextRNN: dim 300, BiLSTM 150 per direction, max pooling; one epoch over every tenth example. */
    TEXTRNN {
        @Override
        TextClassifier train(List<LabelledExample> examples) {
            return new NeuralTrainer(Configs.with(TextRnnConfig.defaults(), "epochs", 1)).train(everyTenth(examples));
        }
    },
    /** RCNN (Lai et al. 2015): dim 300, BiLSTM contexts 100, projection 100; one epoch over every tenth example. */
    RCNN {
        @Override
        TextClassifier train(List<LabelledExample> examples) {
            return new NeuralTrainer(Configs.with(RcnnConfig.defaults(), "epochs", 1)).train(everyTenth(examples));
        }
    },
    /** HAN (Yang et al. 2016): dim 200, word and sentence BiGRU 50 + attention 100; one epoch over every tenth example. */
    HAN {
        @Override
        TextClassifier train(List<LabelledExample> examples) {
            return new NeuralTrainer(Configs.with(HanConfig.defaults(), "epochs", 1)).train(everyTenth(examples));
        }
    };

    /** Trains this kind's recipe on {@code examples}. */
    abstract TextClassifier train(List<LabelledExample> examples);

    /** The model file name, {@code <kind>.tkm}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".tkm";
    }

    /** Trains on {@code data} ({@code label text} lines) and saves to {@code dir}; returns the file. */
    public Path trainAndSave(Path data, Path dir) throws IOException {
        Path file = dir.resolve(fileName());
        train(examples(data)).save(file);
        return file;
    }

    /**
     * The examples of a {@code label text} file, as in Kim's sentence sets, whose few Latin-1 bytes
     * (in {@code rt-polarity.all}) are read as U+FFFD.
     */
    static List<LabelledExample> examples(Path data) {
        if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException("no training data at " + data.toAbsolutePath()
                    + "; pass a 'label text' file such as shared/data/sentiment/kim2014/rt-polarity.all");
        }
        try (Stream<LabelledExample> lines = LabelledCorpus.of(List.of(data), LabelledFormat.LABEL_SPACE_TEXT,
                Header.NONE, ReadOptions.STRICT.replacingMalformedUtf8()).stream()) {
            return lines.toList();
        }
    }

    private static List<LabelledExample> everyTenth(List<LabelledExample> examples) {
        return IntStream.range(0, examples.size()).filter(i -> i % 10 == 0).mapToObj(examples::get).toList();
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--kinds")) {
            Stream.of(values()).forEach(System.out::println);
            return;
        }
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ServedClassifier DATA DIR [kind ...] | --kinds");
        }
        Path data = Path.of(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        List<ServedClassifier> kinds = args.length == 2 ? List.of(values())
                : Stream.of(args).skip(2).map(k -> valueOf(k.toUpperCase(Locale.ROOT))).toList();
        for (ServedClassifier kind : kinds) {
            long start = System.nanoTime();
            Path file = kind.trainAndSave(data, dir);
            System.out.printf(Locale.ROOT, "%s: trained in %.1f s, written to %s%n", kind,
                    (System.nanoTime() - start) / 1e9, file);
        }
    }
}
