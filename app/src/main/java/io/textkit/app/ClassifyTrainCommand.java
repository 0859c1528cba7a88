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
 * training data. The output is checked before any work (not one of the inputs, a folder that exists
 * and takes files); Ctrl-C stops reading, training or writing and writes nothing.
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
            throw new BadOptionException("give --dev or --dev-fraction, not both");
        }
        if (devFraction != null) {
            CommandOptions.fraction(spec, "--dev-fraction", devFraction);
        }
        options.check(dev != null || devFraction != null);
        // The temporaries are deleted before the interruption lets an interrupted JVM exit.
        return Interruption.run(err(), stop -> {
            try (OutputFiles outputs = new OutputFiles().input("--train", train).input("--dev", dev)
                    .input("--vectors", options.vectors).output("--output", output)) {
                outputs.check();
                return train(outputs, stop);
            }
        });
    }

    private int train(OutputFiles outputs, Interruption stop) throws Exception {
        List<LabelledExample> examples = data.read(train, stop);
        options.readVectors();
        List<LabelledExample> development = List.of();
        if (dev != null) {
            development = data.read(dev, stop);
        } else if (devFraction != null) {
            CrossValidation.Split split = CrossValidation.stratifiedHoldOut(examples, devFraction, options.seed());
            development = split.dev();
            examples = split.train();
        }
        long start = System.nanoTime();
        stop.enter(Interruption.Phase.TRAINING);
        TextClassifier trained = options.train(examples, development, stop);
        stop.enter(Interruption.Phase.WRITING);
        trained.save(outputs.temporary("--output"));
        if (!stop.beginCommit()) {
            return 130;
        }
        outputs.commit();
        out().printf(Locale.ROOT, "%s: %d labels, %,d training examples, trained in %.1f s; model written to %s%n",
                options.model, trained.labels().size(), examples.size(), (System.nanoTime() - start) / 1e9, output);
        return 0;
    }
}
