package io.textkit.embed;

import io.textkit.core.io.ModelFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads word vectors from whichever file a user has: a textkit model file (a trained word2vec
 * model or saved word vectors, recognised by its magic bytes), the word2vec binary format (by the
 * extension {@code .bin}) or the word2vec text format (anything else, e.g. {@code .vec}, {@code .txt}).
 * Writes the word2vec formats by the same rule.
 */
public final class VectorFiles {
    private static final byte[] MODEL_MAGIC = "TEXTKIT\0".getBytes(StandardCharsets.US_ASCII);

    private VectorFiles() {}

    /** The vectors in {@code file}, in whichever format it is. */
    public static WordVectors read(Path file) throws IOException {
        if (isModelFile(file)) {
            String kind = ModelFileReader.kind(file);
            return switch (kind) {
                case Word2VecModel.KIND -> Word2VecModel.load(file).toWordVectors();
                case WordVectorsModelFile.KIND -> WordVectorsModelFile.read(file);
                default -> throw new IOException(file + " holds a '" + kind + "' model, not word vectors");
            };
        }
        return isBinary(file) ? Word2VecBinaryFormat.read(file) : Word2VecTextFormat.read(file);
    }

    /** Writes {@code vectors} in the word2vec binary format if {@code file} ends in {@code .bin}, else as text. */
    public static void write(Path file, WordVectors vectors) throws IOException {
        if (isBinary(file)) {
            Word2VecBinaryFormat.write(file, vectors);
        } else {
            Word2VecTextFormat.write(file, vectors);
        }
    }

    private static boolean isBinary(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bin");
    }

    private static boolean isModelFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MODEL_MAGIC.length), MODEL_MAGIC);
        }
    }
}
