package io.textkit.app;

import io.textkit.classify.Evaluation;
import io.textkit.classify.TextClassifier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code textkit classify eval}: accuracy, macro-F1, per-label scores and the confusion matrix on a test file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a classifier on a labelled test file (one label per line).")
final class ClassifyEvalCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A classifier model file (.tkm).")
    Path model;

    @Option(names = "--test", required = true, paramLabel = "FILE", description = "Labelled test data.")
    Path test;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        TextClassifier classifier = TextClassifier.load(model);
        return Interruption.run(err(), stop -> {
            out().println(Evaluation.of(classifier, data.read(test, stop)));
            return 0;
        });
    }
}
