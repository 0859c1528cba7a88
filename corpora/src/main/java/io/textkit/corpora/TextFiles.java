package io.textkit.corpora;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens text files for reading as UTF-8, decompressing gzip and bzip2 transparently. The
 * compression is told by the file's first bytes, never by its name.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * Opens {@code file} as strictly decoded UTF-8 text: malformed bytes raise a
     * {@link TextFormatException} naming the file and line.
     *
     * <p>{@link BufferedReader#readLine()} also ends a line at a lone carriage return; use
     * {@link #openLines(Path)} where line numbers matter.
     */
    public static BufferedReader open(Path file) throws IOException {
        return open(file, MalformedInput.REPORT);
    }

    /** Opens {@code file} as UTF-8 text, handling malformed bytes as {@code malformed} says. */
    public static BufferedReader open(Path file, MalformedInput malformed) throws IOException {
        return new BufferedReader(decoder(file, malformed));
    }

    /** Opens {@code file} for reading line by line with line numbers; see {@link LineReader}. */
    public static LineReader openLines(Path file, MalformedInput malformed) throws IOException {
        return new LineReader(decoder(file, malformed), file.toString());
    }

    /**
     * Reads a stream that may be compressed, such as a classpath resource, line by line.
     *
     * @param in     the raw bytes; closed with the returned reader, or at once if opening fails
     * @param source the name errors will carry
     */
    public static LineReader openLines(InputStream in, String source, MalformedInput malformed)
            throws IOException {
        return new LineReader(decoder(in, source, malformed), source);
    }

    /**
     * Reads plain UTF-8 text as it arrives, such as standard input, line by line with line numbers;
     * malformed bytes raise a {@link TextFormatException} naming {@code source} and the line. Nothing
     * is sniffed for compression, which would wait for bytes a terminal has not sent yet.
     */
    public static LineReader openPlainLines(InputStream in, String source) {
        return new LineReader(new Utf8Reader(in, source, MalformedInput.REPORT), source);
    }

    private static Utf8Reader decoder(Path file, MalformedInput malformed) throws IOException {
        return decoder(Files.newInputStream(file), file.toString(), malformed);
    }

    private static Utf8Reader decoder(InputStream raw, String source, MalformedInput malformed)
            throws IOException {
        try {
            return new Utf8Reader(Compression.decompress(raw, source), source, malformed);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }
}
