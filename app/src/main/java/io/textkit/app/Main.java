package io.textkit.app;

import picocli.CommandLine;

/** Entry point of the {@code textkit} command line. Exit codes: 0 success, 1 failure, 2 bad usage. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code, without exiting (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new TextkitCommand());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }
}
