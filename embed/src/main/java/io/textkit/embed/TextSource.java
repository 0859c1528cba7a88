package io.textkit.embed;

import io.textkit.corpora.MalformedInput;
import io.textkit.corpora.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the training text comes from: lines of whitespace-separated tokens, opened afresh for each
 * pass (the trainer reads twice: once to count, once to encode). The one seam between the trainer
 * and file formats.
 */
@FunctionalInterface
public interface TextSource {
    /** Opens a new reader positioned at the first line; the caller closes it. */
    BufferedReader open() throws IOException;

    /** A UTF-8 text file, plain, gzip or bzip2 (recognised by content), read through corpora's {@link TextFiles}. */
    static TextSource of(Path file) {
        return () -> TextFiles.open(file);
    }

    /** As {@link #of(Path)}, with what to do on bytes that are not UTF-8: stop naming the line, or replace them. */
    static TextSource of(Path file, MalformedInput malformed) {
        return () -> TextFiles.open(file, malformed);
    }

    /** Lines held in memory, for tests and small examples. */
    static TextSource ofLines(List<String> lines) {
        String text = String.join("\n", lines);
        return () -> new BufferedReader(new StringReader(text));
    }
}
