package io.textkit.app;

import io.textkit.classify.CrossValidation;
import io.textkit.classify.TextClassifier;
import io.textkit.corpora.LabelledExample;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code textkit classify train}: a classifier of any kind from labelled data, saved as one model
 * file. Neural models choose their epoch on a development set, given as a file or held out from the
 * training data. Ctrl-C stops training and writes nothing.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a text classifier (fastText, TextCNN, TextRNN, RCNN or HAN) and save it as a textkit"
                + " model file.")
final class ClassifyTrainCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--train", required = true, paramLabel = "DATA", description = "Labelled training data.")
    Path train;

    @Option(names = "--dev", paramLabel = "DATA",
            description = "Neural models: development data (same format) for choosing the epoch and stopping early.")
    Path dev;

    @Option(names = "--dev-fraction", paramLabel = "F",
            description = "Neural models: hold out this fraction of the training data, of each label alike"
                    + " (stratified, seeded by --seed), as the development set instead of --dev. Default: none.")
    Double devFraction;

    @Option(names = "--output", required = true, paramLabel = "MODEL", description = "Where to write the model (.tkm).")
    Path output;

    @Mixin
    DataOptions data;

    @Mixin
    ModelOptions options;

    @Override
    public Integer call() throws Exception {
        if (dev != null && devFraction != null) {
            throw new IllegalArgumentException("give --dev or --dev-fraction, not both");
        }
        options.neural();
        List<LabelledExample> examples = data.read(train);
        List<LabelledExample> development = List.of();
        if (dev != null) {
            development = data.read(dev);
        } else if (devFraction != null) {
            CrossValidation.Split split = CrossValidation.stratifiedHoldOut(examples, devFraction, options.seed());
            development = split.dev();
            examples = split.train();
        }
        long start = System.nanoTime();
        TextClassifier trained;
        try (Interruption stop = Interruption.onSignal(options::requestStop)) {
            trained = options.train(examples, development);
            if (stop.requested()) {
                System.err.println("textkit: interrupted; nothing was written");
                return 130;
            }
            trained.save(output);
        }
        out().printf(Locale.ROOT, "%s: %d labels, %,d training examples, trained in %.1f s; model written to %s%n",
                options.model, trained.labels().size(), examples.size(), (System.nanoTime() - start) / 1e9, output);
        return 0;
    }
}
