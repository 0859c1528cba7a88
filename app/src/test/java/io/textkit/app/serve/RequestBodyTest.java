package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Request bodies of every size around the buffer's growth steps and the limit, read in small pieces. */
class RequestBodyTest {

    /** Hands out at most 7 bytes per read, as a network stream may, and counts what was taken. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private int position;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, 7), bytes.length - position);
            System.arraycopy(bytes, position, into, offset, n);
            position += n;
            return n;
        }
    }

    private static String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + i % 26));
        }
        return text.toString();
    }

    @Test
    void readsEveryBodyUpToTheLimitWhole() throws Exception {
        int max = 5000;
        int[] sizes = {0, 1, RequestBody.INITIAL_BYTES - 1, RequestBody.INITIAL_BYTES, RequestBody.INITIAL_BYTES + 1,
            2 * RequestBody.INITIAL_BYTES + 3, 4999, max};
        for (int size : sizes) {
            String body = text(size);
            assertEquals(body, RequestBody.read(new Trickle(body.getBytes(StandardCharsets.UTF_8)), max), "size " + size);
        }
    }

    @Test
    void aBodyPastTheLimitGets413AfterReadingOneByteMore() {
        for (int max : new int[] {1, 1000, RequestBody.INITIAL_BYTES, 5000}) {
            Trickle in = new Trickle(text(max + 100).getBytes(StandardCharsets.UTF_8));
            HttpError e = assertThrows(HttpError.class, () -> RequestBody.read(in, max));
            assertEquals(413, e.status());
            assertTrue(e.getMessage().contains("--max-body-bytes " + max), e.getMessage());
            assertEquals(max + 1, in.position, "bytes taken from the stream");
        }
    }

    @Test
    void multiByteCharactersSplitAcrossReadsDecode() throws Exception {
        String body = "{\"texts\": [\"" + "é中😀".repeat(300) + "\"]}";
        assertEquals(body, RequestBody.read(new Trickle(body.getBytes(StandardCharsets.UTF_8)), 1 << 20));
    }

    @Test
    void invalidUtf8Gets400() {
        HttpError e = assertThrows(HttpError.class,
                () -> RequestBody.read(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC3, '(', 'b'}), 100));
        assertEquals(400, e.status());
    }

    /** A one-sentence body costs about its size, not a large fixed buffer, under a 1 MB limit. */
    @Test
    void aSmallBodyAllocatesLittle() throws Exception {
        byte[] body = ("{\"texts\": [\"" + text(120) + "\"]}").getBytes(StandardCharsets.UTF_8);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        for (int i = 0; i < 1000; i++) {
            RequestBody.read(new ByteArrayInputStream(body), 1 << 20);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 1000; i++) {
            RequestBody.read(new ByteArrayInputStream(body), 1 << 20);
        }
        long perRead = (threads.getThreadAllocatedBytes(thread) - before) / 1000;
        assertTrue(perRead < 4096, "allocated " + perRead + " bytes per read of a " + body.length + "-byte body");
    }
}
