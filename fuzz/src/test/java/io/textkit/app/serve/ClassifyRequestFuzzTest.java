package io.textkit.app.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes what the classification server does with a request body within the size limit (the server
 * answers 413 past it before reading on): decoding it ({@link RequestBody}) and parsing it
 * ({@link ClassifyRequest}). Any body must give a request within the limits or an {@link HttpError}
 * 400 with a message; nothing else may escape to the server.
 */
public class ClassifyRequestFuzzTest {
    private static final ServerLimits LIMITS = new ServerLimits(4096, 8, 256);
    private static final int LABELS = 3;

    @FuzzTest(maxDuration = "10s")
    public void parseRequestBody(byte[] bytes) {
        if (bytes.length > LIMITS.maxBodyBytes()) {
            return;
        }
        try {
            String body = RequestBody.text(bytes);
            ClassifyRequest request = ClassifyRequest.parse(body, LIMITS, LABELS);
            assertFalse(request.texts().isEmpty());
            assertTrue(request.texts().size() <= LIMITS.maxBatch());
            request.texts().forEach(text -> assertTrue(text.length() <= LIMITS.maxTextChars()));
            assertTrue(request.topK() >= 1 && request.topK() <= LABELS);
        } catch (HttpError e) {
            assertTrue(e.status() == 400, () -> "status " + e.status());
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "an error says what is wrong");
        }
    }
}
