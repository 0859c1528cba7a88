package io.textkit.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a request body as strict UTF-8 text, refusing it once it passes the size limit. */
final class RequestBody {
    /**
     * The first buffer: a one-sentence request fits, and a larger body doubles it as needed, so a
     * request allocates about its own size rather than a fixed read buffer (InputStream.readNBytes
     * takes 16 KB, which was two thirds of what a one-sentence request allocated).
     */
    static final int INITIAL_BYTES = 1024;

    private RequestBody() {}

    /**
     * The body of {@code in} as text. Reads at most {@code maxBytes + 1} bytes whatever
     * Content-Length claims, so a lying or chunked client cannot make the server buffer more.
     *
     * @throws HttpError 413 past {@code maxBytes}; 400 if the bytes are not valid UTF-8
     */
    static String read(InputStream in, int maxBytes) throws IOException, HttpError {
        int limit = maxBytes + 1;
        byte[] bytes = new byte[Math.min(INITIAL_BYTES, limit)];
        int length = 0;
        while (true) {
            if (length == bytes.length) {
                if (length == limit) {
                    throw new HttpError(413, "request body larger than the limit --max-body-bytes " + maxBytes);
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit, 2L * length));
            }
            int read = in.read(bytes, length, bytes.length - length);
            if (read < 0) {
                break;
            }
            length += read;
        }
        try {
            // REPORT rather than the default REPLACE: a damaged text must not be classified as if it were another.
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(400, "request body is not valid UTF-8");
        }
    }
}
