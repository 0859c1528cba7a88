package io.textkit.tokenize;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the one-entry-per-line text files of the subword vocabularies, in UTF-8. */
final class SubwordFiles {
    private SubwordFiles() {
    }

    /**
     * Every line of the file; the decoder is strict and its own error for bad UTF-8 ("Input
     * length = 1") would name neither file nor line.
     */
    static List<String> readLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (CharacterCodingException e) {
                throw new IOException(file + ": not valid UTF-8 text, at line " + (lines.size() + 1) + " or after it", e);
            }
        }
        return lines;
    }

    static void writeLines(Path file, Iterable<String> lines) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}
