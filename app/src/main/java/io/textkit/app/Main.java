package io.textkit.app;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;

/** Entry point of the {@code textkit} command line. Exit codes: 0 success, 1 failure, 2 bad usage. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs one command line with picocli's own output (help, usage, errors) going to {@code out} and {@code err}. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        Optional<ClassifyPredictCommand> prediction = ClassifyPredictCommand.parseCommonForm(args);
        if (prediction.isPresent()) {
            try {
                prediction.get().predict(System.in, out);
                out.flush();
                return 0;
            } catch (Exception e) {
                return ErrorReporter.report(e, err);
            }
        }
        CommandLine cli = CommandTree.forArguments(args);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }
}
