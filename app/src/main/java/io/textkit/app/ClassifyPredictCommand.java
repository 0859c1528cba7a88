package io.textkit.app;

import io.textkit.classify.Prediction;
import io.textkit.classify.TextClassifier;
import io.textkit.corpora.LineReader;
import io.textkit.corpora.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * This command for the common forms of its arguments, {@code classify predict --model FILE [-k N]
     * [TEXT...]} in any order, read without picocli; empty for every other form (help, an option given
     * twice or picocli would refuse, a text that starts with {@code -} or {@code @}), which picocli
     * reads. picocli's reflection over the annotations and its classes, which no class cache can hold,
     * cost a one-sentence prediction more time than the prediction itself.
     */
    static Optional<ClassifyPredictCommand> parseCommonForm(String... args) {
        if (args.length < 2 || !args[0].equals("classify") || !args[1].equals("predict")) {
            return Optional.empty();
        }
        ClassifyPredictCommand command = new ClassifyPredictCommand();
        List<String> texts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            boolean valueFollows = i + 1 < args.length && isPlainWord(args[i + 1]);
            if (arg.equals("--model") && command.model == null && valueFollows) {
                command.model = Path.of(args[++i]);
            } else if (arg.equals("-k") && command.k == 0 && valueFollows) {
                command.k = positiveInteger(args[++i]);
                if (command.k == 0) {
                    return Optional.empty();
                }
            } else if (isPlainWord(arg)) {
                texts.add(arg);
            } else {
                return Optional.empty();
            }
        }
        if (command.model == null) {
            return Optional.empty();
        }
        command.k = Math.max(command.k, 1);
        command.texts = List.copyOf(texts);
        return Optional.of(command);
    }

    /** Not an option, an option's value nor an argument file, to picocli. */
    private static boolean isPlainWord(String arg) {
        return !arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
    }

    /** The value of {@code -k} as picocli reads it when it is ≥ 1, or 0. */
    private static int positiveInteger(String value) {
        try {
            return Math.max(Integer.parseInt(value), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (k < 1) {
            throw new ParameterException(spec.commandLine(), "-k must be ≥ 1, got " + k);
        }
        predict(System.in, out());
        return 0;
    }

    /** Prints the predictions of the texts, or of the lines of {@code in} when there are none, to {@code out}. */
    void predict(InputStream in, PrintWriter out) throws IOException {
        TextClassifier classifier = TextClassifier.load(model);
        if (!texts.isEmpty()) {
            for (String text : texts) {
                print(out, classifier, text);
            }
            return;
        }
        // Malformed input is an error naming its line, as the server answers 400, never silently replaced.
        LineReader lines = TextFiles.openPlainLines(in, "standard input");
        // One output line per input line, blank ones included, so that outputs line up with inputs.
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            print(out, classifier, line);
        }
    }

    private void print(PrintWriter out, TextClassifier classifier, String text) {
        List<Prediction> best = classifier.predict(text, k, 0.0);
        out.println(best.stream()
                .map(p -> String.format(Locale.ROOT, "%s\t%.4f", p.label(), p.probability()))
                .collect(Collectors.joining("\t")));
    }
}
