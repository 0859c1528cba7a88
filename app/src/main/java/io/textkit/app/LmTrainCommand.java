package io.textkit.app;

import io.textkit.seq2seq.lm.LanguageModel;
import io.textkit.seq2seq.lm.LanguageModelConfig;
import io.textkit.seq2seq.lm.LanguageModelFile;
import io.textkit.seq2seq.lm.LanguageModelTrainer;
import io.textkit.seq2seq.lm.TokenStream;
import io.textkit.tokenize.Vocabulary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code textkit lm train}: a recurrent language model from a text file, with truncated
 * back-propagation through time; the held-out text's perplexity after every epoch keeps the best
 * epoch's weights and stops training when it no longer improves. The model is written only when
 * training ends.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a recurrent (LSTM or GRU) language model on a text file and save it as a textkit model"
                + " file; the held-out perplexity chooses the epoch.")
final class LmTrainCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training text, one sentence a line.")
    Path train;

    @Option(names = "--held-out", required = true, paramLabel = "FILE",
            description = "Held-out text: its perplexity chooses the epoch and stops training early.")
    Path heldOut;

    @Option(names = "--output", required = true, paramLabel = "MODEL", description = "Where to write the model (.tkm).")
    Path output;

    @Option(names = "--cell", paramLabel = "lstm|gru", description = "The recurrent cell. Default: lstm.")
    String cell;

    @Option(names = "--dim", description = "Word vector size. Default: 256.")
    Integer dim;

    @Option(names = "--hidden", description = "Units per recurrent layer. Default: 512.")
    Integer hidden;

    @Option(names = "--layers", description = "Recurrent layers. Default: 1.")
    Integer layers;

    @Option(names = "--bptt", description = "Steps back-propagation runs through. Default: 35.")
    Integer bptt;

    @Option(names = "--batch-size", description = "Parallel streams the text is cut into. Default: 32.")
    Integer batchSize;

    @Option(names = "--epochs", description = "Passes over the text (the most). Default: 10.")
    Integer epochs;

    @Option(names = "--lr", description = "Learning rate of the first epoch. Default: 0.002.")
    Double lr;

    @Option(names = "--min-count", description = "Words seen fewer times become <unk>. Default: 1.")
    Integer minCount;

    @Option(names = "--seed", description = "Seeds initialisation and dropout. Default: 1.")
    Long seed;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
            description = "Set any field of the language model's config by its name, e.g. --set tied=true"
                    + " --set dropout=0.5; an unknown field is refused with the list of fields.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        ConfigOptions options = new ConfigOptions(spec);
        put(options, "--cell", "cell", cell == null ? null : cell.toUpperCase(Locale.ROOT));
        put(options, "--dim", "dim", dim);
        put(options, "--hidden", "hidden", hidden);
        put(options, "--layers", "layers", layers);
        put(options, "--bptt", "bptt", bptt);
        put(options, "--batch-size", "batchSize", batchSize);
        put(options, "--epochs", "epochs", epochs);
        put(options, "--lr", "learningRate", lr);
        put(options, "--min-count", "minCount", minCount);
        put(options, "--seed", "seed", seed);
        options.putSettings(settings);
        LanguageModelConfig config = options.applyTo(LanguageModelConfig.defaults());
        return Interruption.run(err(), stop -> {
            try (OutputFiles outputs = new OutputFiles().input("--train", train).input("--held-out", heldOut)
                    .output("--output", output)) {
                outputs.check();
                Vocabulary vocabulary = TokenStream.vocabulary(train, config.minCount(), config.maxVocabulary());
                int[] trainIds = TokenStream.read(train, vocabulary);
                int[] heldOutIds = TokenStream.read(heldOut, vocabulary);
                stop.enter(Interruption.Phase.TRAINING);
                LanguageModel model = new LanguageModel(config, vocabulary);
                LanguageModelTrainer.History history = new LanguageModelTrainer(quiet ? null : System.err, null)
                        .train(model, trainIds, heldOutIds);
                stop.enter(Interruption.Phase.WRITING);
                LanguageModelFile.save(outputs.temporary("--output"), model);
                if (!stop.beginCommit()) {
                    return 130;
                }
                outputs.commit();
                out().printf(Locale.ROOT, "language model: %,d words, vocabulary %,d, %d epochs%s; held-out perplexity"
                                + " %.2f at epoch %d (the model written); written to %s%n", trainIds.length,
                        vocabulary.size(), history.epochs().size(), history.stoppedEarly() ? " (stopped early)" : "",
                        history.bestPerplexity(), history.bestEpoch(), output);
                return 0;
            }
        });
    }

    private static void put(ConfigOptions options, String option, String field, Object value) {
        if (value != null) {
            options.put(option, field, value);
        }
    }
}
