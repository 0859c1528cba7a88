package io.textkit.app.serve;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body as its bytes arrive, without ever waiting on a thread: when no bytes are
 * there it asks Jetty to call it again when some are. It stops at one byte past the limit, whatever
 * Content-Length claims, so a lying or chunked client cannot make the server buffer more.
 */
final class BodyReader implements Runnable {
    /** What becomes of the body. */
    interface Outcome {
        void body(byte[] bytes);

        /** The body is too large ({@code failure} null), or reading it failed. */
        void failed(Throwable failure);
    }

    /**
     * The first buffer: a one-sentence request fits, and a larger body doubles it as needed, so a
     * request allocates about its own size rather than a fixed read buffer.
     */
    static final int INITIAL_BYTES = 1024;

    private final Content.Source source;
    private final int maxBytes;
    private final Outcome outcome;
    private byte[] bytes;
    private int length;

    private BodyReader(Content.Source source, int maxBytes, Outcome outcome) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.outcome = outcome;
        this.bytes = new byte[Math.min(INITIAL_BYTES, maxBytes + 1)];
    }

    /** Reads all of {@code source}, at most {@code maxBytes}, and tells {@code outcome}. */
    static void read(Content.Source source, int maxBytes, Outcome outcome) {
        new BodyReader(source, maxBytes, outcome).run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                outcome.failed(chunk.getFailure());
                return;
            }
            boolean fits = append(chunk.getByteBuffer());
            boolean last = chunk.isLast();
            chunk.release();
            if (!fits) {
                outcome.failed(null);
                return;
            }
            if (last) {
                outcome.body(Arrays.copyOf(bytes, length));
                return;
            }
        }
    }

    /** Appends {@code buffer}, false once the body passes the limit. */
    private boolean append(ByteBuffer buffer) {
        int n = buffer.remaining();
        if ((long) length + n > maxBytes) {
            return false;
        }
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes, Math.max(2L * bytes.length, length + n)));
        }
        buffer.get(bytes, length, n);
        length += n;
        return true;
    }
}
