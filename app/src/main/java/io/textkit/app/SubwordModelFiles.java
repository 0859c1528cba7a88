package io.textkit.app;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.textkit.tokenize.BpeVocabulary;
import io.textkit.tokenize.SubwordVocabulary;
import io.textkit.tokenize.WordPieceVocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder {@code textkit subword learn} writes: the plain files ({@code vocab.txt}, and
 * {@code merges.txt} for BPE) and {@code subword.json}, the whole vocabulary with its kind and
 * specials, which {@code encode} and {@code decode} read.
 */
final class SubwordModelFiles {
    static final String JSON = "subword.json";
    private static final JsonMapper MAPPER = new JsonMapper();

    private SubwordModelFiles() {
    }

    static final String VOCABULARY = "vocab.txt";
    static final String MERGES = "merges.txt";

    /** Writes the plain files and the JSON; {@code merges} is used only for BPE. */
    static void write(SubwordVocabulary vocabulary, Path vocab, Path merges, Path json) throws IOException {
        if (vocabulary instanceof BpeVocabulary bpe) {
            bpe.save(vocab, merges);
        } else if (vocabulary instanceof WordPieceVocabulary wordPiece) {
            wordPiece.save(vocab);
        }
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), vocabulary.toJson());
    }

    /** Reads {@code folder/subword.json}, or {@code path} itself when it is a file. */
    static SubwordVocabulary read(Path path) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve(JSON) : path;
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file; give the folder 'textkit subword learn' wrote, or its " + JSON);
        }
        try {
            return SubwordVocabulary.fromJson(MAPPER.readTree(file.toFile()));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
