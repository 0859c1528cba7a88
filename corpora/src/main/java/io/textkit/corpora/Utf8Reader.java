package io.textkit.corpora;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 and, unlike {@link java.io.InputStreamReader}, says where malformed input is: it
 * counts the line feeds it has decoded, so the error names the line and column. Characters decoded
 * before the bad bytes are still delivered first, so a reader sees every good line before the
 * error. A leading byte-order mark is dropped: it is not part of the first line's text.
 */
final class Utf8Reader extends Reader {
    private static final int BUFFER = 1 << 13;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean finished;
    private boolean atStart = true;
    /** Line feeds decoded so far, and characters decoded since the last one: where the decoder is. */
    private long linesDecoded;
    private long column;
    private TextFormatException pending;

    Utf8Reader(InputStream in, String source, MalformedInput malformed) {
        this.in = in;
        this.source = source;
        CodingErrorAction action =
                malformed == MalformedInput.REPLACE ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        this.decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(action)
                .onUnmappableCharacter(action);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    /** Decodes the next characters into {@link #chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (finished) {
            return false;
        }
        chars.clear();
        // Loops only while nothing has been decoded, so each pass starts at position 0.
        while (chars.position() == 0 && !finished) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            dropByteOrderMark();
            track();
            if (result.isError()) {
                pending = malformed(result.length());
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                decoder.flush(chars);
                finished = true;
            } else {
                readBytes();
            }
        }
        chars.flip();
        if (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            return false;
        }
        return true;
    }

    private void dropByteOrderMark() {
        if (atStart && chars.position() > 0) {
            atStart = false;
            if (chars.get(0) == BYTE_ORDER_MARK) {
                chars.flip().get();
                chars.compact();
            }
        }
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n;
        try {
            n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        } catch (IOException e) {
            // A corrupt gzip or bzip2 stream fails here, with a message that names no file.
            throw new IOException(source + ": " + e.getMessage(), e);
        }
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts the line feeds among the characters just decoded. */
    private void track() {
        for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                linesDecoded++;
                column = 0;
            } else {
                column++;
            }
        }
    }

    private TextFormatException malformed(int length) {
        StringBuilder found = new StringBuilder(length == 1 ? "byte" : "bytes");
        for (int i = 0; i < length; i++) {
            found.append(String.format(" 0x%02X", bytes.get(bytes.position() + i)));
        }
        return new TextFormatException(source, linesDecoded + 1, "malformed UTF-8 (" + found
                + ") at column " + (column + 1) + "; convert the file to UTF-8, or replace malformed bytes "
                + "(--replace-malformed-utf8 on the command line, MalformedInput.REPLACE in Java)");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
