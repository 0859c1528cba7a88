package io.textkit.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SequencedMap;
import org.ejml.data.FMatrixRMaj;

/**
 * {@link WordVectors} in textkit's own model file (see core's {@code ModelFile}): kind
 * {@value #KIND}, one tensor {@value #TENSOR} (words × dimension), the words in the metadata field
 * {@value #WORDS} in row order, the whole file checksummed and written atomically; the config
 * records {@code dim} for information. Unlike the word2vec formats it holds any word, spaces
 * included.
 */
public final class WordVectorsModelFile {
    /** The model kind written and expected. */
    public static final String KIND = "word-vectors";
    static final String TENSOR = "vectors";
    static final String WORDS = "words";

    private WordVectorsModelFile() {}

    /** Saves {@code vectors} to {@code file}, replacing it atomically. */
    public static void write(Path file, WordVectors vectors) throws IOException {
        ObjectNode config = JsonNodeFactory.instance.objectNode().put("dim", vectors.dimension());
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        ArrayNode words = metadata.putArray(WORDS);
        vectors.words().forEach(words::add);
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put(TENSOR, vectors.matrix());
        ModelFileWriter.write(file, ModelFile.of(KIND, config, metadata, tensors));
    }

    /**
     * Loads word vectors saved by {@link #write}. Throws {@link ModelFileException} for a file that
     * is not a valid model file, holds another kind of model, or whose words do not match its tensor.
     */
    public static WordVectors read(Path file) throws IOException {
        ModelFile model = ModelFileReader.read(file, KIND);
        FMatrixRMaj vectors;
        try {
            vectors = model.tensor(TENSOR);
        } catch (NoSuchElementException e) {
            throw new ModelFileException(file, "has no '" + TENSOR + "' tensor", e);
        }
        JsonNode node = model.metadata().get(WORDS);
        if (!(node instanceof ArrayNode array)) {
            throw new ModelFileException(file, "has no '" + WORDS + "' array in its metadata");
        }
        List<String> words = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw new ModelFileException(file, "has a non-string entry " + i + " in '" + WORDS + "': "
                        + array.get(i));
            }
            words.add(array.get(i).textValue());
        }
        try {
            return new WordVectors(words, vectors);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "is inconsistent: " + e.getMessage(), e);
        }
    }
}
