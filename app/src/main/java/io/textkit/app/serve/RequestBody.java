package io.textkit.app.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A request body as strict UTF-8 text. */
final class RequestBody {
    private RequestBody() {}

    /**
     * The text of {@code bytes}.
     *
     * @throws HttpError 400 if the bytes are not valid UTF-8
     */
    static String text(byte[] bytes) throws HttpError {
        try {
            // REPORT rather than the default REPLACE: a damaged text must not be classified as if it were another.
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(400, "request body is not valid UTF-8");
        }
    }
}
