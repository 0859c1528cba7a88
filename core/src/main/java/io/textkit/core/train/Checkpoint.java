package io.textkit.core.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.core.nn.Module;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.ejml.data.FMatrixRMaj;

/**
 * Saves a module's state (parameters and buffers) as a model file, and restores it into a module
 * of the same shape. Writes are atomic, so an interrupted save leaves the previous checkpoint intact.
 */
public final class Checkpoint {
    private Checkpoint() {}

    /** Writes {@code model}'s state with its configuration and provenance to {@code file}. */
    public static void save(Path file, String kind, Module model, ObjectNode config, ObjectNode metadata)
            throws IOException {
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>(model.state());
        ModelFileWriter.write(file, ModelFile.of(kind, config, metadata, tensors));
    }

    /**
     * Reads {@code file}, checks that it holds a model of {@code kind} whose tensors match
     * {@code model}'s names and shapes, copies them in, and returns the file for its configuration
     * and metadata.
     */
    public static ModelFile restore(Path file, String kind, Module model) throws IOException {
        ModelFile saved = ModelFileReader.read(file, kind);
        try {
            model.loadState(saved.tensors());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "does not fit this model: " + e.getMessage());
        }
        return saved;
    }
}
