package io.textkit.embed;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A buffered byte stream for the word2vec readers that knows its offset, for error messages, and
 * splits lines on the byte '\n' before decoding, so that invalid UTF-8 is reported on the line
 * where it is (a {@code Reader} decodes ahead and would blame an earlier line).
 */
final class ByteInput implements Closeable {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long consumed;
    private byte[] line = new byte[256];
    private int lineLength;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();

    ByteInput(InputStream in) {
        this.in = in;
    }

    /** Bytes consumed so far: the offset in the file of the next byte. */
    long offset() {
        return consumed + position;
    }

    /** The next byte as 0–255, or -1 at the end. */
    int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    /** Reads up to {@code n} bytes into {@code dst}; fewer only at the end of the stream. */
    int readFully(byte[] dst, int n) throws IOException {
        int done = 0;
        while (done < n) {
            if (position == limit && !fill()) {
                break;
            }
            int chunk = Math.min(n - done, limit - position);
            System.arraycopy(buffer, position, dst, done, chunk);
            position += chunk;
            done += chunk;
        }
        return done;
    }

    /**
     * The next line without its '\n', decoded as strict UTF-8, or null at the end of the stream.
     * Throws {@link CharacterCodingException} for invalid bytes.
     */
    String readLine() throws IOException {
        lineLength = 0;
        boolean any = false;
        while (position < limit || fill()) {
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            append(buffer, position, end - position);
            boolean found = end < limit;
            position = found ? end + 1 : end;
            if (found) {
                return decode(line, lineLength);
            }
        }
        return any ? decode(line, lineLength) : null;
    }

    /** Decodes {@code length} bytes as strict UTF-8. */
    String decode(byte[] bytes, int length) throws CharacterCodingException {
        return utf8.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    }

    private void append(byte[] source, int from, int length) {
        if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(2 * line.length, lineLength + length));
        }
        System.arraycopy(source, from, line, lineLength, length);
        lineLength += length;
    }

    private boolean fill() throws IOException {
        consumed += limit;
        position = 0;
        limit = 0;
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
