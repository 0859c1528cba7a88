package io.textkit.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be loaded as a textkit model, with a message that names the file and what is
 * wrong with it (not a model file, truncated, corrupt, unsupported version, wrong kind, bad header),
 * so the command line can print it as one actionable line.
 */
public final class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** {@code problem} continues a sentence whose subject is the file, e.g. "is truncated: ...". */
    public ModelFileException(Path file, String problem) {
        super(file + " " + problem);
        this.file = file;
    }

    /** As {@link #ModelFileException(Path, String)}, keeping the low-level failure as the cause. */
    public ModelFileException(Path file, String problem, Throwable cause) {
        super(file + " " + problem, cause);
        this.file = file;
    }

    /** The file that was refused. */
    public Path file() {
        return file;
    }
}
