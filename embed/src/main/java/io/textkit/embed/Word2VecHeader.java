package io.textkit.embed;

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

    /**
     * The number of words to read, {@code count} capped by {@code limit}, after checking that so many
     * fit in memory and that the {@code available} bytes after the header can hold them at
     * {@code minBytes(dimension)} each, so that a damaged header cannot make us allocate gigabytes.
     */
    int rowsToRead(Path file, int limit, long available, long minEntryBytes) throws Word2VecFormatException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be at least 0, got " + limit);
        }
        int rows = Math.min(count, limit);
        if ((long) rows * dimension > MAX_VALUES) {
            throw new Word2VecFormatException(file, "line 1", rows + " words of " + dimension
                    + " values are too many for one Java array; read fewer with a limit");
        }
        if (rows * minEntryBytes > available) {
            throw new Word2VecFormatException(file, "line 1", "the header announces " + count
                    + " words of " + dimension + " values, which need at least " + rows * minEntryBytes
                    + " bytes, but only " + available + " follow the header; the count is wrong or "
                    + "the file is truncated");
        }
        return rows;
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
