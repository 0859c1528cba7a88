package io.textkit.app;

import io.textkit.core.config.Configs;
import io.textkit.corpora.MalformedInput;
import io.textkit.embed.EncodedCorpus;
import io.textkit.embed.TextSource;
import io.textkit.embed.TokenizedText;
import io.textkit.embed.VectorFiles;
import io.textkit.embed.Word2VecBinaryFormat;
import io.textkit.embed.Word2VecConfig;
import io.textkit.embed.Word2VecModel;
import io.textkit.embed.Word2VecTrainer;
import io.textkit.embed.WordVectors;
import io.textkit.tokenize.Tokenizer;
import io.textkit.tokenize.TokenizerSettings;
import io.textkit.tokenize.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code textkit embed train}: word2vec with the original tool's option names ({@code -size},
 * {@code -window}, {@code -negative}, {@code -hs}, {@code -sample}, {@code -min-count}, {@code -iter},
 * {@code -threads}, {@code -cbow}, {@code -alpha}, {@code -binary}) and readable long forms; each
 * sets a field of {@link Word2VecConfig}, and {@code --set FIELD=VALUE} sets any field by its name.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train word2vec on a text file of whitespace-separated tokens, one sentence per line "
            + "(plain, gzip or bzip2).", "Ctrl-C stops training; nothing is written then, and an existing output file is kept."})
final class EmbedTrainCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = {"-train", "--input"}, required = true, paramLabel = "FILE", description = "Training text.")
    Path input;

    @Option(names = {"-output", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the vectors: word2vec binary if it ends in .bin (or with -binary 1), else text.")
    Path output;

    @Option(names = {"-save-model", "--save-model"}, paramLabel = "FILE",
            description = "Also save the whole model (vocabulary, both weight matrices, settings) as a textkit model file.")
    Path model;

    @Option(names = {"-size", "--dimension"}, defaultValue = "100", description = "Vector size. Default: ${DEFAULT-VALUE}.")
    int dimension;

    @Option(names = {"-window", "--window"}, defaultValue = "5", description = "Max skip length between words. Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = {"-negative", "--negative"}, defaultValue = "5", description = "Negative samples; 0 for none. Default: ${DEFAULT-VALUE}.")
    int negative;

    @Option(names = {"-hs", "--hs"}, defaultValue = "0", description = "1 for hierarchical softmax. Default: ${DEFAULT-VALUE}.")
    int hs;

    @Option(names = {"-sample", "--sample"}, defaultValue = "1e-3", description = "Down-sampling threshold for frequent words; 0 for none. Default: ${DEFAULT-VALUE}.")
    double sample;

    @Option(names = {"-min-count", "--min-count"}, defaultValue = "5", description = "Discard words seen fewer times. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @Option(names = {"-iter", "--epochs"}, defaultValue = "5", description = "Passes over the corpus. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = {"-threads", "--threads"}, description = "Training threads. Default: the number of cores.")
    Integer threads;

    @Option(names = {"-cbow", "--cbow"}, defaultValue = "1", description = "1 for CBOW, 0 for skip-gram. Default: ${DEFAULT-VALUE} (as the original tool and gensim).")
    int cbow;

    @Option(names = {"-alpha", "--alpha"}, description = "Starting learning rate. Default: 0.025 for skip-gram, 0.05 for CBOW.")
    Double alpha;

    @Option(names = {"-binary", "--binary"}, description = "1 to write the word2vec binary format whatever the extension.")
    int binary;

    @Option(names = {"-tokenizer", "--tokenizer"}, defaultValue = "whitespace",
            description = "How lines become tokens: whitespace (as the original tool: the text is already tokenised), "
                + "english (Lucene StandardTokenizer, lowercased), chinese (SmartChineseAnalyzer) or characters. "
                + "Default: ${DEFAULT-VALUE}.")
    String tokenizer;

    @Option(names = {"-seed", "--seed"}, defaultValue = "1", description = "Random seed; with -threads 1 runs are reproducible bit for bit. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-replace-malformed-utf8", "--replace-malformed-utf8"},
            description = "Read bytes that are not UTF-8 as U+FFFD instead of stopping at the first.")
    boolean replaceMalformed;

    @Option(names = {"-quiet", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
            description = "Set any field of the word2vec config by its name, e.g. --set maxVocab=100000"
                + " --set cbowMean=false; it wins over the flags above. Fields: dim, window, negative, hs, cbow,"
                + " cbowMean, sample, minCount, maxVocab, epochs, learningRate, minLearningRate, threads, seed,"
                + " maxSentenceLength.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(input)) {
            throw new IllegalArgumentException("cannot read the training file " + input);
        }
        CommandOptions.flag(spec, "-binary", binary);
        Word2VecConfig config = config();
        TextSource text = TextSource.of(input, replaceMalformed ? MalformedInput.REPLACE : MalformedInput.REPORT);
        if (!tokenizer.equals("whitespace")) {
            text = TokenizedText.of(text, tokenizer());
        }
        Word2VecTrainer trainer = new Word2VecTrainer(config).showProgress(!quiet);
        TextSource source = text;
        // The temporaries are deleted before the interruption lets an interrupted JVM exit.
        return Interruption.run(err(), stop -> {
            try (OutputFiles outputs = new OutputFiles().input(typed("-train"), input)
                    .output(typed("-output"), output).output(typed("-save-model"), model)) {
                outputs.check();
                return train(trainer, source, outputs, stop);
            }
        });
    }

    private int train(Word2VecTrainer trainer, TextSource text, OutputFiles outputs, Interruption stop)
            throws Exception {
        stop.onStop(trainer::stop);
        long start = System.nanoTime();
        stop.enter(Interruption.Phase.COUNTING);
        Vocabulary vocabulary = trainer.buildVocabulary(text);
        outputs.requireSpace(expectedBytes(vocabulary.size(), trainer.config()));
        stop.enter(Interruption.Phase.READING);
        EncodedCorpus corpus = trainer.encode(text, vocabulary);
        stop.enter(Interruption.Phase.TRAINING);
        Word2VecModel trained = trainer.train(corpus);
        stop.enter(Interruption.Phase.WRITING);
        WordVectors vectors = trained.toWordVectors();
        Path vectorFile = outputs.temporary(typed("-output"));
        if (binary == 1) {
            Word2VecBinaryFormat.write(vectorFile, vectors);
        } else {
            VectorFiles.write(vectorFile, vectors);
        }
        if (model != null) {
            trained.save(outputs.temporary(typed("-save-model")));
        }
        if (!stop.beginCommit()) {
            return 130;
        }
        outputs.commit();
        if (!quiet) {
            out().printf(Locale.ROOT, "%,d words in the vocabulary, %d dimensions, trained in %.1f s%n",
                    trained.words().size(), trained.config().dim(), (System.nanoTime() - start) / 1e9);
            out().println("vectors written to " + output + (model == null ? "" : ", model to " + model));
        }
        return 0;
    }

    /**
     * The outputs' sizes, a little over what the writers produce: text vectors print each float in
     * at most 10 characters plus the word; binary ones take 4 bytes a float; the model file holds
     * the input matrix and each output layer's, 4 bytes a float.
     */
    private Map<String, Long> expectedBytes(int words, Word2VecConfig config) {
        long floats = (long) words * config.dim();
        long text = floats * 10 + words * 64L;
        long raw = floats * 4 + words * 64L;
        int matrices = 1 + (config.hs() ? 1 : 0) + (config.negative() > 0 ? 1 : 0);
        Map<String, Long> bytes = new LinkedHashMap<>();
        boolean binaryFile = binary == 1 || output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bin");
        bytes.put(typed("-output"), binaryFile ? raw : text);
        if (model != null) {
            bytes.put(typed("-save-model"), floats * 4 * matrices + words * 64L);
        }
        return bytes;
    }

    private Tokenizer tokenizer() {
        try {
            return TokenizerSettings.of(tokenizer).create();
        } catch (IllegalArgumentException e) {
            throw CommandOptions.invalid(spec, "-tokenizer", e.getMessage());
        }
    }

    private String typed(String option) {
        return CommandOptions.typed(spec, option);
    }

    /**
     * The C tool's defaults for the architecture of {@code -cbow}, with the flags' fields and then the
     * {@code --set} fields changed. As in the C tool, the learning rate decays to 1e-4 of its start
     * unless {@code minLearningRate} is set.
     */
    Word2VecConfig config() {
        CommandOptions.flag(spec, "-hs", hs);
        CommandOptions.flag(spec, "-cbow", cbow);
        if (hs == 0 && negative == 0 && !settings.containsKey("hs") && !settings.containsKey("negative")) {
            throw new BadOptionException(typed("-negative") + " 0 needs " + typed("-hs") + " 1: word2vec needs an"
                    + " output layer, negative sampling or hierarchical softmax");
        }
        ConfigOptions fields = new ConfigOptions(spec)
                .put("-size", "dim", dimension)
                .put("-window", "window", window)
                .put("-negative", "negative", negative)
                .put("-hs", "hs", hs == 1)
                .put("-sample", "sample", sample)
                .put("-min-count", "minCount", minCount)
                .put("-iter", "epochs", epochs)
                .put("-seed", "seed", seed);
        if (threads != null) {
            fields.put("-threads", "threads", threads);
        }
        if (alpha != null) {
            fields.put("-alpha", "learningRate", alpha);
        }
        fields.putSettings(settings);
        Word2VecConfig config = fields.applyTo(Word2VecConfig.defaults(cbow == 1));
        if (fields.has("learningRate") && !fields.has("minLearningRate")) {
            config = Configs.with(config, "minLearningRate", config.learningRate() * 1e-4);
        }
        return config;
    }
}
