package io.textkit.corpora;

import java.io.IOException;

/**
 * A line of a text file that cannot be read as its format requires: malformed UTF-8, a missing
 * field, a count that does not parse. The message names the file, the line number and the problem
 * ({@code data/train.tsv:12: no tab between text and label}), so a user can go and fix it.
 */
public final class TextFormatException extends IOException {
    private final String source;
    private final long line;
    private final String problem;

    /**
     * @param source  the file or resource, as the user would name it
     * @param line    the 1-based line number, or 0 when the problem is not on one line
     * @param problem what is wrong, without the location
     */
    public TextFormatException(String source, long line, String problem) {
        super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file or resource the problem is in. */
    public String source() {
        return source;
    }

    /** The 1-based line number, or 0 when the problem is not on one line. */
    public long line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
