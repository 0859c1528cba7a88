package io.textkit.embed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The word2vec text format of the original C tool, gensim's
 * {@code save_word2vec_format(binary=False)} and fastText's {@code .vec}: a header line
 * {@code count dimension}, then one line per word, {@code word v1 v2 ... vdim}, fields separated by
 * single spaces, words in decreasing frequency, UTF-8.
 *
 * <p>Numbers are written with {@link Float#toString(float)}, the shortest decimal that reads back
 * as the same float32, so a round trip is exact (-0.0 included; NaN and infinities as "NaN",
 * "Infinity", which numpy and C's strtof read too). Reading accepts what the writers in use
 * produce: gensim 4 writes numpy's shortest {@code repr} ("0.1", "1e-45", "nan", "inf"), gensim 3
 * wrote {@code %f} (six decimals, lossy), fastText five significant digits with a space at the end
 * of each line. Like gensim the reader ignores trailing whitespace, splits the header on any
 * whitespace, and keeps the first vector of a repeated word.
 */
public final class Word2VecTextFormat {
    private Word2VecTextFormat() {}

    /** Reads every word of {@code file}. */
    public static WordVectors read(Path file) throws IOException {
        return read(file, Integer.MAX_VALUE);
    }

    /**
     * Reads the first {@code limit} words of {@code file} (gensim's {@code limit}), line by line, so
     * the file is never held in memory whole. Throws {@link Word2VecFormatException} naming the line
     * at fault for invalid UTF-8, a bad header, a wrong number of values, a value that is not a
     * number, or fewer or (without a limit) more lines than the header announces.
     */
    public static WordVectors read(Path file, int limit) throws IOException {
        long fileSize = Files.size(file);
        try (ByteInput in = new ByteInput(Files.newInputStream(file))) {
            String headerLine = readLine(in, file, 1);
            if (headerLine == null) {
                throw new Word2VecFormatException(file, "line 1", "the file is empty; expected a header "
                        + "'count dimension'");
            }
            Word2VecHeader header = Word2VecHeader.parse(file, headerLine);
            long available = fileSize - headerLine.getBytes(StandardCharsets.UTF_8).length - 1;
            // The shortest possible line: a one-byte word, then a space and one digit per value.
            int rows = header.rowsToRead(limit);
            Word2VecEntries entries = new Word2VecEntries(
                    header.capacity(file, rows, available, 1 + 2L * header.dimension()), header.dimension());
            // No line of the file can hold more than available / 2 + 1 values, so a longer buffer
            // would never fill: a damaged dimension then fails at the first line, not allocating.
            float[] row = new float[(int) Math.min(header.dimension(), Math.max(0, available) / 2 + 1)];
            for (int i = 0; i < rows; i++) {
                int lineNumber = i + 2;
                String line = readLine(in, file, lineNumber);
                if (line == null) {
                    throw new Word2VecFormatException(file, "line " + lineNumber, "the file ends after "
                            + i + " of the " + header.count() + " words its header announces");
                }
                String word = parseLine(file, lineNumber, line.stripTrailing(), header.dimension(), row);
                entries.add(word, row);
            }
            if (rows == header.count()) {
                requireNoMoreWords(in, file, header);
            }
            return entries.build();
        }
    }

    /**
     * Writes {@code vectors} to {@code file} atomically (a temporary file renamed over the target).
     * Throws {@link IllegalArgumentException}, before writing anything, for an empty word or one
     * containing whitespace, which this format cannot represent.
     */
    public static void write(Path file, WordVectors vectors) throws IOException {
        Word2VecEntries.checkWritable(vectors);
        float[] data = vectors.matrix().data;
        int dim = vectors.dimension();
        AtomicFile.write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(new Word2VecHeader(vectors.size(), dim).line());
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < vectors.size(); i++) {
                line.setLength(0);
                line.append(vectors.word(i));
                for (int j = i * dim; j < (i + 1) * dim; j++) {
                    line.append(' ').append(data[j]);
                }
                writer.append(line).append('\n');
            }
            writer.flush();
        });
    }

    /**
     * Parses "word v1 ... vdim" into {@code values} and returns the word; {@code values} holds as
     * many values as a line of the file can, which is all {@code dim} of them unless the line is
     * too short for them anyway.
     */
    private static String parseLine(Path file, int lineNumber, String line, int dim, float[] values)
            throws Word2VecFormatException {
        String where = "line " + lineNumber;
        int space = line.indexOf(' ');
        if (space <= 0) {
            throw new Word2VecFormatException(file, where, space == 0
                    ? "the line starts with a space, so its word is empty"
                    : "expected a word and " + dim + " values, found no space in '" + abbreviate(line) + "'");
        }
        String word = line.substring(0, space);
        int from = space + 1;
        for (int j = 0; j < dim; j++) {
            if (from > line.length()) {
                throw wrongCount(file, where, word, dim, j);
            }
            int end = line.indexOf(' ', from);
            if (end < 0) {
                end = line.length();
            }
            String token = line.substring(from, end);
            try {
                values[j] = parseFloat(token);
            } catch (NumberFormatException e) {
                throw new Word2VecFormatException(file, where, "value " + (j + 1) + " of '" + word
                        + "' is not a number: '" + token + "'"
                        + (token.isEmpty() ? " (two spaces in a row?)" : ""));
            }
            from = end + 1;
        }
        if (from <= line.length()) {
            throw wrongCount(file, where, word, dim, dim + line.substring(from).split(" ", -1).length);
        }
        return word;
    }

    /**
     * A float as numpy's {@code float32(str)} reads it: decimal or exponent notation, or nan/inf/
     * infinity in any case. Java's own parser would also take hex, "1f" and surrounding blanks;
     * those are refused as no word2vec writer produces them.
     */
    static float parseFloat(String token) {
        switch (token.toLowerCase(Locale.ROOT)) {
            case "nan", "+nan", "-nan" -> {
                return Float.NaN;
            }
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Float.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Float.NEGATIVE_INFINITY;
            }
            default -> {
                for (int i = 0; i < token.length(); i++) {
                    char c = token.charAt(i);
                    if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                        throw new NumberFormatException(token);
                    }
                }
                return Float.parseFloat(token);
            }
        }
    }

    private static void requireNoMoreWords(ByteInput in, Path file, Word2VecHeader header)
            throws IOException {
        int lineNumber = header.count() + 2;
        for (String line; (line = readLine(in, file, lineNumber)) != null; lineNumber++) {
            if (!line.isBlank()) {
                throw new Word2VecFormatException(file, "line " + lineNumber, "more words follow the "
                        + header.count() + " its header announces; the count is wrong (pass a limit to "
                        + "read only the first words)");
            }
        }
    }

    private static String readLine(ByteInput in, Path file, int lineNumber) throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new Word2VecFormatException(file, "line " + lineNumber, "it is not valid UTF-8 ("
                    + e + "); is this a binary file?", e);
        }
    }

    private static Word2VecFormatException wrongCount(Path file, String where, String word, int dim,
            int found) {
        return new Word2VecFormatException(file, where, "expected " + dim + " values after '" + word
                + "', found " + found);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
