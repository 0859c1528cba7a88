package io.textkit.app;

/**
 * What one request to the classification server may hold, so that no client can make it buffer or
 * classify without bound.
 *
 * @param maxBodyBytes largest request body, in bytes
 * @param maxBatch     most texts in one request
 * @param maxTextChars longest text, in UTF-16 characters
 */
record ServerLimits(int maxBodyBytes, int maxBatch, int maxTextChars) {
    ServerLimits {
        positive("--max-body-bytes", maxBodyBytes);
        positive("--max-batch", maxBatch);
        positive("--max-text-chars", maxTextChars);
        // The body is read into an array of maxBodyBytes + 1 bytes to detect an oversized one.
        if (maxBodyBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--max-body-bytes must be below " + Integer.MAX_VALUE);
        }
    }

    private static void positive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be ≥ 1, got " + value);
        }
    }
}
