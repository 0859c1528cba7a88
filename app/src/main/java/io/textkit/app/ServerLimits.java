package io.textkit.app;

import io.textkit.core.config.Check;

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
        Check.positive("--max-body-bytes", maxBodyBytes);
        Check.positive("--max-batch", maxBatch);
        Check.positive("--max-text-chars", maxTextChars);
        // The body is read into an array of maxBodyBytes + 1 bytes to detect an oversized one.
        Check.that(maxBodyBytes < Integer.MAX_VALUE, "--max-body-bytes must be below " + Integer.MAX_VALUE);
    }
}
