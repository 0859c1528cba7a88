package io.textkit.app.serve;

import io.textkit.core.config.Check;

/**
 * What one request to the classification server may hold, so that no client can make it buffer or
 * classify without bound.
 *
 * @param maxBodyBytes largest request body, in bytes
 * @param maxBatch     most texts in one request
 * @param maxTextChars longest text, in UTF-16 characters
 */
public record ServerLimits(int maxBodyBytes, int maxBatch, int maxTextChars) {
    public ServerLimits {
        Check.positive("--max-body-bytes", maxBodyBytes);
        Check.positive("--max-batch", maxBatch);
        Check.positive("--max-text-chars", maxTextChars);
        // The whole body is held in one byte array.
        Check.that(maxBodyBytes < Integer.MAX_VALUE, "--max-body-bytes must be below " + Integer.MAX_VALUE);
    }
}
