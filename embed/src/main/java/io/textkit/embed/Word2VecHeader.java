package io.textkit.embed;

import io.textkit.core.config.Check;
import java.nio.file.Path;

/**
 * The first line of both word2vec formats, "count dimension". Parsed as gensim does, split on any
 * whitespace, so extra spaces and a CR before the newline are accepted.
 */
record Word2VecHeader(int count, int dimension) {

    /** The largest float array a JVM reliably allocates. */
    private static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    static Word2VecHeader parse(Path file, String line) throws Word2VecFormatException {
        String[] fields = line.strip().split("\\s+");
        if (fields.length != 2) {
            throw invalid(file, line);
        }
        try {
            int count = Integer.parseInt(fields[0]);
            int dimension = Integer.parseInt(fields[1]);
            if (count < 0 || dimension < 1) {
                throw new Word2VecFormatException(file, "line 1", "the header says " + count
                        + " words of " + dimension + " values; it needs a count of at least 0 and a "
                        + "dimension of at least 1");
            }
            return new Word2VecHeader(count, dimension);
        } catch (NumberFormatException e) {
            throw invalid(file, line);
        }
    }

    /** The number of words to read: the count, capped by {@code limit} (gensim's {@code limit}). */
    int rowsToRead(int limit) {
        Check.nonNegative("limit", limit);
        return Math.min(count, limit);
    }

    /**
     * How many of {@code rows} words to allocate room for: no more than the {@code available} bytes
     * can hold at {@code minEntryBytes} each, so a damaged or lying header cannot make us allocate
     * gigabytes; such a file then fails at the entry where it really ends.
     */
    int capacity(Path file, int rows, long available, long minEntryBytes) throws Word2VecFormatException {
        int capacity = (int) Math.min(rows, Math.max(0, available) / minEntryBytes);
        if ((long) capacity * dimension > MAX_VALUES) {
            throw new Word2VecFormatException(file, "line 1", rows + " words of " + dimension
                    + " values are too many for one Java array; read fewer with a limit");
        }
        return capacity;
    }

    /** The header line, newline included. */
    String line() {
        return count + " " + dimension + "\n";
    }

    private static Word2VecFormatException invalid(Path file, String line) {
        return new Word2VecFormatException(file, "line 1", "the header must be 'count dimension', "
                + "e.g. '3000000 300', but is '" + line.strip() + "'; is this a word2vec file?");
    }
}
