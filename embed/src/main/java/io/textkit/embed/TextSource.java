package io.textkit.embed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Where the training text comes from: lines of whitespace-separated tokens, opened afresh for each
 * pass (the trainer reads twice: once to count, once to encode). The one seam between the trainer
 * and file formats, so a reader from the corpora module can take its place.
 */
@FunctionalInterface
public interface TextSource {
    /** Opens a new reader positioned at the first line; the caller closes it. */
    BufferedReader open() throws IOException;

    /** A UTF-8 text file, gunzipped on the fly when its name ends in {@code .gz}. */
    static TextSource of(Path file) {
        return () -> {
            if (!file.getFileName().toString().endsWith(".gz")) {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }
            var in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        };
    }

    /** Lines held in memory, for tests and small examples. */
    static TextSource ofLines(List<String> lines) {
        String text = String.join("\n", lines);
        return () -> new BufferedReader(new StringReader(text));
    }
}
