package io.textkit.app;

import io.textkit.classify.Prediction;
import io.textkit.classify.TextClassifier;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code textkit classify predict}: the most probable labels of each text. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Print the K most probable labels of each TEXT, one output line per text: "
            + "label<TAB>probability, pairs separated by tabs.",
            "With no TEXT, read texts from standard input, one per line."})
final class ClassifyPredictCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A classifier model file (.tkm).")
    Path model;

    @Option(names = "-k", defaultValue = "1", description = "Labels per text. Default: ${DEFAULT-VALUE}.")
    int k;

    @Parameters(paramLabel = "TEXT", arity = "0..*")
    List<String> texts = List.of();

    @Override
    public Integer call() throws Exception {
        if (k < 1) {
            throw new ParameterException(spec.commandLine(), "-k must be ≥ 1, got " + k);
        }
        TextClassifier classifier = TextClassifier.load(model);
        if (!texts.isEmpty()) {
            texts.forEach(text -> print(classifier, text));
            return 0;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // One output line per input line, blank ones included, so that outputs line up with inputs.
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            print(classifier, line);
        }
        return 0;
    }

    private void print(TextClassifier classifier, String text) {
        List<Prediction> best = classifier.predict(text, k, 0.0);
        out().println(best.stream()
                .map(p -> String.format(Locale.ROOT, "%s\t%.4f", p.label(), p.probability()))
                .collect(Collectors.joining("\t")));
    }
}
