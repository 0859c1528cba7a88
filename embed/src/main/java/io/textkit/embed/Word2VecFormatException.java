package io.textkit.embed;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A word2vec text or binary file that cannot be read, with a message naming the file, where the
 * problem is (a line of a text file, an entry and byte offset of a binary one) and what it is.
 */
public final class Word2VecFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** {@code where} locates the problem ("line 7", "entry 3 at byte 1024"); {@code problem} says what it is. */
    public Word2VecFormatException(Path file, String where, String problem) {
        super(file + ", " + where + ": " + problem);
        this.file = file;
    }

    /** As {@link #Word2VecFormatException(Path, String, String)}, keeping the low-level failure as the cause. */
    public Word2VecFormatException(Path file, String where, String problem, Throwable cause) {
        super(file + ", " + where + ": " + problem, cause);
        this.file = file;
    }

    /** The file that was refused. */
    public Path file() {
        return file;
    }
}
