package io.textkit.app;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on standard error, {@code textkit: <message>}, and exit code
 * 1, or 2 for a {@link BadOptionException} (bad usage); the stack trace only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        return report(e, cli.getErr());
    }

    /** Prints the one line (and with {@code --verbose} the stack trace) for {@code e} to {@code err}; returns the exit code. */
    static int report(Exception e, PrintWriter err) {
        String message = switch (e) {
            case NoSuchFileException missing -> "no such file: " + missing.getFile();
            case AccessDeniedException denied -> "permission denied: " + denied.getFile();
            default -> e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        };
        err.println("textkit: " + message);
        if (TextkitCommand.verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof BadOptionException ? 2 : 1;
    }
}
