package io.textkit.fuzz;

import java.io.UncheckedIOException;

/**
 * The oracle every fuzz target shares: a reader given any bytes must return a result or throw one
 * of its own clear exceptions, whose message names the input so a user can find what to fix.
 * Anything else (a NullPointerException, an index out of bounds, a clear type with a message that
 * does not say which file) is rethrown as an {@link AssertionError}, which Jazzer reports as a
 * finding; errors such as OutOfMemoryError pass through untouched and are findings too.
 */
public final class Outcome {
    private Outcome() {}

    /** A read of fuzzed input that may fail. */
    @FunctionalInterface
    public interface Read {
        /** Reads, checking whatever the result must satisfy. */
        void run() throws Exception;
    }

    /**
     * Runs {@code read}, accepting its return or an exception of one of the {@code clear} types
     * whose message contains {@code source}. A corpus's {@link UncheckedIOException} is judged by
     * its cause, the reader's own exception.
     */
    @SafeVarargs
    public static void resultOrClear(Read read, String source, Class<? extends Exception>... clear) {
        try {
            read.run();
        } catch (Exception thrown) {
            Throwable e = thrown instanceof UncheckedIOException unchecked ? unchecked.getCause() : thrown;
            for (Class<? extends Exception> type : clear) {
                if (type.isInstance(e) && e.getMessage() != null && e.getMessage().contains(source)) {
                    return;
                }
            }
            throw new AssertionError("unclear failure (want one of " + names(clear) + " naming "
                    + source + "): " + e, e);
        }
    }

    private static String names(Class<?>[] types) {
        StringBuilder out = new StringBuilder();
        for (Class<?> type : types) {
            out.append(out.isEmpty() ? "" : ", ").append(type.getSimpleName());
        }
        return out.toString();
    }
}
