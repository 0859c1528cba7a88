package io.textkit.app;

import io.textkit.classify.FastTextClassifier;
import io.textkit.classify.FastTextConfig;
import io.textkit.classify.FastTextTrainer;
import io.textkit.classify.NeuralConfig;
import io.textkit.classify.NeuralTrainer;
import io.textkit.classify.TextClassifier;
import io.textkit.core.config.Configs;
import io.textkit.corpora.LabelledExample;
import io.textkit.embed.VectorFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Which classifier to train and its hyper-parameters, shared by {@code classify train} and
 * {@code classify cv}. Options left out keep the architecture's defaults, so the command line and
 * the Java API train the same model: each option names a field of the model's config record, and
 * {@code --set FIELD=VALUE} sets any field by its name; all go through
 * {@link Configs#with(Object, Map)} onto the model's defaults.
 */
final class ModelOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

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

    @Option(names = "--lr", description = "The learningRate field: fastText's initial learning rate (default 0.1),"
            + " Adam's for textrnn, rcnn and han.")
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
            description = "Set any field of the model's config by its name, e.g. --set maps=200 --set widths=3,4,5"
                    + " --set channels=non-static; an unknown field is refused with the list of the model's fields.")
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

    private Map<String, float[]> pretrained;

    /** The seed given, or 1. */
    long seed() {
        return seed == null ? 1 : seed;
    }

    /**
     * True for the neural architectures, false for fastText.
     *
     * @throws BadOptionException for an unknown {@code --model}
     */
    boolean neural() {
        if (model.equals(FastTextClassifier.KIND)) {
            return false;
        }
        if (!NeuralConfig.kinds().contains(model)) {
            throw CommandOptions.invalid(spec, "--model", "'" + model + "' is not a model; known models: "
                    + FastTextClassifier.KIND + ", " + String.join(", ", NeuralConfig.kinds()));
        }
        return true;
    }

    /**
     * Checks every option before any work: the model, the config its options make, and the options
     * that depend on each other.
     *
     * @throws BadOptionException naming the first option whose value cannot be used
     */
    void check(boolean hasDev) {
        config();
        if (vectorsLimit != null && vectorsLimit < 0) {
            throw CommandOptions.invalid(spec, "--vectors-limit", "takes a number of words ≥ 0, got " + vectorsLimit);
        }
        if (vectorsLimit != null && vectors == null) {
            throw CommandOptions.invalid(spec, "--vectors-limit", "needs --vectors");
        }
        if (keepVectorLengths && vectors == null) {
            throw CommandOptions.invalid(spec, "--keep-vector-lengths", "needs --vectors");
        }
        if (neural()) {
            if (classWeights != null && !classWeights.equals("balanced")) {
                weights(classWeights);
            }
            return;
        }
        if (hasDev) {
            throw new BadOptionException("fasttext trains for a fixed number of epochs and takes no development set;"
                    + " leave out --dev and --dev-fraction, or choose a neural --model");
        }
        if (keepVectorLengths) {
            throw CommandOptions.invalid(spec, "--keep-vector-lengths", "applies to the neural models; fasttext"
                    + " always starts from the vectors as given, as fastText's -pretrainedVectors does");
        }
        if (classWeights != null) {
            throw CommandOptions.invalid(spec, "--class-weights", "applies to the neural models only, not fasttext");
        }
    }

    /**
     * Trains the chosen classifier on {@code train}, choosing its epoch on {@code dev} (neural models
     * only), logging epochs to standard error unless {@code --quiet}; {@code stop} reaches the
     * trainer in every phase. Call {@link #check} first.
     *
     * @throws io.textkit.core.train.TrainingStoppedException if stopped before training proper
     */
    TextClassifier train(List<LabelledExample> train, List<LabelledExample> dev, Interruption stop)
            throws IOException {
        if (!neural()) {
            FastTextTrainer trainer = new FastTextTrainer(fastTextConfig());
            if (vectors != null) {
                trainer.pretrained(pretrainedVectors(), unseenLimit());
            }
            stop.onStop(trainer::stop);
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
        stop.onStop(trainer::requestStop);
        return trainer.train(train, dev);
    }

    /** Reads the {@code --vectors} file, if given, now (while the command reads its data) rather than when training. */
    void readVectors() throws IOException {
        if (vectors != null) {
            pretrainedVectors();
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

    private NeuralConfig neuralConfig() {
        return (NeuralConfig) config();
    }

    private FastTextConfig fastTextConfig() {
        return (FastTextConfig) config();
    }

    /**
     * The model's default config with the options given and then the {@code --set} fields changed.
     *
     * @throws BadOptionException for an option whose field the model does not have, or a bad value
     */
    Object config() {
        Object defaults = neural() ? NeuralConfig.defaults(model) : FastTextConfig.defaults();
        List<String> fields = Configs.fields(defaults.getClass());
        ConfigOptions options = new ConfigOptions(spec);
        put(options, fields, "--dim", "dim", dim);
        put(options, fields, "--epochs", "epochs", epochs);
        put(options, fields, "--min-count", "minCount", minCount);
        put(options, fields, "--seed", "seed", seed);
        put(options, fields, "--tokenizer", "tokenizer", tokenizer);
        put(options, fields, "--lr", "learningRate", lr);
        put(options, fields, "--word-ngrams", "wordNgrams", wordNgrams);
        put(options, fields, "--threads", "threads", threads);
        put(options, fields, "--loss", "loss", loss);
        put(options, fields, "--batch-size", "batchSize", batchSize);
        put(options, fields, "--patience", "patience", patience);
        options.putSettings(settings);
        return options.applyTo(defaults);
    }

    private void put(ConfigOptions options, List<String> fields, String option, String field, Object value) {
        if (value == null) {
            return;
        }
        if (!fields.contains(field)) {
            throw CommandOptions.invalid(spec, option, "does not apply to " + model + ", whose config has no field '"
                    + field + "'; fields: " + String.join(", ", fields));
        }
        options.put(option, field, value);
    }

    /** Reads {@code pos=2,neg=0.5}. */
    private Map<String, Double> weights(String value) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String item : value.split(",")) {
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                throw CommandOptions.invalid(spec, "--class-weights", "expected 'balanced' or LABEL=WEIGHT,…, got '"
                        + item + "'");
            }
            try {
                weights.put(item.substring(0, eq).strip(), Double.parseDouble(item.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw CommandOptions.invalid(spec, "--class-weights", "'" + item.substring(eq + 1) + "' is not a number");
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
