package io.textkit.corpora;

/**
 * Decides what happens to a line that does not fit its format: {@link #FAIL} stops reading (the
 * default, because a malformed line usually means the wrong format was chosen), a
 * {@link SkippedLines} skips it and counts it.
 */
@FunctionalInterface
public interface MalformedLineHandler {
    /** Stops reading at the first malformed line. */
    MalformedLineHandler FAIL = problem -> {
        throw problem;
    };

    /** Called once per malformed line; throw to stop reading, return to skip the line. */
    void handle(TextFormatException problem) throws TextFormatException;
}
