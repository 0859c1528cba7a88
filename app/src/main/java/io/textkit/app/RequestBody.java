package io.textkit.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a request body as strict UTF-8 text, refusing it once it passes the size limit. */
final class RequestBody {
    private RequestBody() {}

    /**
     * The body of {@code in} as text. Reads at most {@code maxBytes + 1} bytes whatever
     * Content-Length claims, so a lying or chunked client cannot make the server buffer more.
     *
     * @throws HttpError 413 past {@code maxBytes}; 400 if the bytes are not valid UTF-8
     */
    static String read(InputStream in, int maxBytes) throws IOException, HttpError {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new HttpError(413, "request body larger than the limit --max-body-bytes " + maxBytes);
        }
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
