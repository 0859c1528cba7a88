package io.textkit.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the {@code textkit} command line. Exit codes: 0 success, 1 failure of the work, 2 bad
 * usage (an unknown command or option, an option value the command cannot use, an output that
 * would overwrite an input), 130 stopped by Ctrl-C.
 */
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
        Optional<UnmatchedArgumentException> unknown = unknownCommand(cli, args);
        if (unknown.isPresent()) {
            err.println("textkit: unknown command '" + unknown.get().getUnmatched().get(0) + "'");
            UnmatchedArgumentException.printSuggestions(unknown.get(), err);
            err.flush();
            return 2;
        }
        return cli.execute(args);
    }

    /**
     * The first word that stands where a command group expects a command name and names none. picocli
     * would report it too, but not when {@code --help} comes after it: it would print the group's
     * help and succeed, as if the command existed.
     */
    private static Optional<UnmatchedArgumentException> unknownCommand(CommandLine root, String... args) {
        CommandLine group = root;
        for (String arg : args) {
            if (arg.startsWith("-") || arg.startsWith("@")) {
                continue;
            }
            if (group.getSubcommands().isEmpty()) {
                return Optional.empty();
            }
            CommandLine named = group.getSubcommands().get(arg);
            if (named == null) {
                return Optional.of(new UnmatchedArgumentException(group, List.of(arg)));
            }
            group = named;
        }
        return Optional.empty();
    }
}
