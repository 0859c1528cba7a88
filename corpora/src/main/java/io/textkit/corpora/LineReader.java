package io.textkit.corpora;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text one line at a time and knows which line it is on, so that every error can name the
 * file and line. Lines end at a line feed; a carriage return before it (CRLF files) is dropped.
 * A lone carriage return is kept as text, unlike {@link java.io.BufferedReader#readLine()}, so line
 * numbers always agree with what {@code wc -l} and an editor show.
 *
 * <p>Obtain one from {@link TextFiles#openLines}; the low-level layer under every corpus here.
 */
public final class LineReader implements Closeable {
    private final Reader in;
    private final String source;
    private final char[] buffer = new char[1 << 13];
    private int position;
    private int limit;
    private long lineNumber;
    private final StringBuilder line = new StringBuilder();

    /**
     * @param in     the decoded text; closed with this reader
     * @param source the file or resource name that errors will carry
     */
    public LineReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Returns the next line without its terminator, or null at the end of the text. */
    public String readLine() throws IOException {
        line.setLength(0);
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit < 0) {
                    limit = 0;
                    if (!sawAny) {
                        return null;
                    }
                    return finish();
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.append(buffer, start, position - start);
            if (position < limit) {
                position++;
                return finish();
            }
        }
    }

    private String finish() {
        lineNumber++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }

    /** The 1-based number of the line last returned by {@link #readLine()}; 0 before the first. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The file or resource being read, as errors name it. */
    public String source() {
        return source;
    }

    /** An error about the line last read, for a parser to throw. */
    public TextFormatException error(String problem) {
        return new TextFormatException(source, lineNumber, problem);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
