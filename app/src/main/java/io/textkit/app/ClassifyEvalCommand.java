package io.textkit.app;

import io.textkit.classify.Evaluation;
import io.textkit.classify.TextClassifier;
import io.textkit.corpora.LabelledCorpus;
import io.textkit.corpora.LabelledExample;
import io.textkit.corpora.LabelledFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textkit classify eval}: accuracy, macro-F1, per-label scores and the confusion matrix on a test file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a classifier on a labelled test file (one label per line).")
final class ClassifyEvalCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A classifier model file (.tkm).")
    Path model;

    @Option(names = "--test", required = true, paramLabel = "FILE", description = "Labelled test data.")
    Path test;

    @Option(names = "--format", required = true, converter = LabelledFormatConverter.class,
            description = "Line layout: fasttext, label-tab-text, text-tab-label or label-space-text.")
    LabelledFormat format;

    @Override
    public Integer call() throws Exception {
        TextClassifier classifier = TextClassifier.load(model);
        List<LabelledExample> examples;
        try (Stream<LabelledExample> lines = LabelledCorpus.of(test, format).stream()) {
            examples = lines.toList();
        }
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples in " + test);
        }
        out().println(Evaluation.of(classifier, examples));
        return 0;
    }
}
