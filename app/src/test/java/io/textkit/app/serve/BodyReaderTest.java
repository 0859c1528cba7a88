package io.textkit.app.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.io.Content;
import org.junit.jupiter.api.Test;

/** Request bodies of every size around the buffer's growth steps and the limit, arriving in small pieces. */
class BodyReaderTest {
    /** What a read ended with. */
    private static final class Result implements BodyReader.Outcome {
        byte[] body;
        Throwable failure;
        boolean tooLarge;

        @Override
        public void body(byte[] bytes) {
            body = bytes;
        }

        @Override
        public void failed(Throwable failure) {
            this.failure = failure;
            tooLarge = failure == null;
        }
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    /** {@code body} as a source of 7-byte pieces, as a network may deliver it. */
    private static Content.Source trickle(byte[] body) {
        List<ByteBuffer> pieces = new ArrayList<>();
        for (int i = 0; i < body.length; i += 7) {
            pieces.add(ByteBuffer.wrap(body, i, Math.min(7, body.length - i)).slice());
        }
        return Content.Source.from(pieces.toArray(ByteBuffer[]::new));
    }

    @Test
    void readsEveryBodyUpToTheLimitWhole() {
        int max = 5000;
        for (int size : new int[] {0, 1, BodyReader.INITIAL_BYTES - 1, BodyReader.INITIAL_BYTES,
            BodyReader.INITIAL_BYTES + 1, 2 * BodyReader.INITIAL_BYTES + 3, 4999, max}) {
            Result result = new Result();
            BodyReader.read(trickle(bytes(size)), max, result);
            assertArrayEquals(bytes(size), result.body, "size " + size);
        }
    }

    @Test
    void aBodyPastTheLimitIsRefusedAsTooLarge() {
        for (int max : new int[] {1, 1000, BodyReader.INITIAL_BYTES, 5000}) {
            Result result = new Result();
            BodyReader.read(trickle(bytes(max + 1)), max, result);
            assertNull(result.body);
            assertEquals(true, result.tooLarge, "max " + max);
        }
    }
}
