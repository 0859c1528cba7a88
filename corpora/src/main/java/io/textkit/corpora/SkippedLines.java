package io.textkit.corpora;

import java.util.Optional;

/**
 * Skips malformed lines and counts them, keeping the first one so a report can show an example
 * ({@code skipped 3 malformed lines, the first: train.tsv:17: empty label}).
 */
public final class SkippedLines implements MalformedLineHandler {
    private long count;
    private TextFormatException first;

    @Override
    public synchronized void handle(TextFormatException problem) {
        if (count++ == 0) {
            first = problem;
        }
    }

    /** How many lines were skipped so far. */
    public synchronized long count() {
        return count;
    }

    /** The first line skipped, if any. */
    public synchronized Optional<TextFormatException> first() {
        return Optional.ofNullable(first);
    }

    @Override
    public synchronized String toString() {
        return count == 0
                ? "no malformed lines"
                : "skipped " + count + " malformed line" + (count == 1 ? "" : "s") + ", the first: "
                        + first.getMessage();
    }
}
