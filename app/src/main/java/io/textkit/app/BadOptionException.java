package io.textkit.app;

/**
 * An option's value that the command cannot use, found before any work: reported as one line
 * naming the option as the user typed it, with exit code 2 (bad usage) rather than 1.
 */
final class BadOptionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadOptionException(String message) {
        super(message);
    }
}
