package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes what the classification server does with a request body: reading it ({@link RequestBody})
 * and parsing it ({@link ClassifyRequest}). Any body must give a request within the limits or an
 * {@link HttpError} 400 (malformed) or 413 (too large) with a message; nothing else may escape to
 * the server. Kept to the two calls so it follows the parsing wherever the server's classes move.
 */
public class ClassifyRequestFuzzTest {
    private static final ServerLimits LIMITS = new ServerLimits(4096, 8, 256);
    private static final int LABELS = 3;

    @FuzzTest(maxDuration = "10s")
    public void parseRequestBody(byte[] bytes) {
        try {
            String body = RequestBody.read(new ByteArrayInputStream(bytes), LIMITS.maxBodyBytes());
            ClassifyRequest request = ClassifyRequest.parse(body, LIMITS, LABELS);
            assertFalse(request.texts().isEmpty());
            assertTrue(request.texts().size() <= LIMITS.maxBatch());
            request.texts().forEach(text -> assertTrue(text.length() <= LIMITS.maxTextChars()));
            assertTrue(request.topK() >= 1 && request.topK() <= LABELS);
        } catch (HttpError e) {
            assertTrue(e.status() == 400 || e.status() == 413, () -> "status " + e.status());
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "an error says what is wrong");
        } catch (IOException e) {
            throw new AssertionError("reading a byte array cannot fail: " + e, e);
        }
    }
}
