package io.textkit.core.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.core.nn.Module;
import io.textkit.core.optim.Optimizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import org.ejml.data.FMatrixRMaj;

/**
 * Saves a module's state (parameters and buffers), and optionally its optimizer's, as a model file,
 * and restores them into a module and optimizer of the same shape. Writes are atomic, so an
 * interrupted save leaves the previous checkpoint intact.
 */
public final class Checkpoint {
    private static final String OPTIMIZER_PREFIX = "optimizer/";

    private Checkpoint() {}

    /** Writes {@code model}'s state with its configuration and provenance to {@code file}. */
    public static void save(Path file, String kind, Module model, ObjectNode config, ObjectNode metadata)
            throws IOException {
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>(model.state());
        ModelFileWriter.write(file, ModelFile.of(kind, config, metadata, tensors));
    }

    /**
     * Writes {@code model}'s state and {@code optimizer}'s (moments, accumulators, step counts), so
     * that {@link #restore(Path, String, Module, Optimizer)} resumes training exactly where it was.
     * Optimizer tensors are named {@code optimizer/slot/parameterIndex}; its counts go in the
     * metadata under {@code "optimizer"}.
     */
    public static void save(Path file, String kind, Module model, Optimizer optimizer, ObjectNode config,
            ObjectNode metadata) throws IOException {
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>(model.state());
        Optimizer.Snapshot snapshot = optimizer.snapshot();
        snapshot.slots().forEach((name, values) ->
                tensors.put(OPTIMIZER_PREFIX + name, FMatrixRMaj.wrap(1, values.length, values)));
        ObjectNode meta = metadata.deepCopy();
        ObjectNode state = meta.putObject("optimizer").put("class", snapshot.optimizer()).put("steps", snapshot.steps());
        ArrayNode updates = state.putArray("updates");
        for (int count : snapshot.updates()) {
            updates.add(count);
        }
        ModelFileWriter.write(file, ModelFile.of(kind, config, meta, tensors));
    }

    /**
     * Reads {@code file}, checks that it holds a model of {@code kind} whose tensors match
     * {@code model}'s names and shapes, copies them in, and returns the file for its configuration
     * and metadata.
     */
    public static ModelFile restore(Path file, String kind, Module model) throws IOException {
        ModelFile saved = ModelFileReader.read(file, kind);
        load(file, model, saved);
        return saved;
    }

    /**
     * Restores a checkpoint written with an optimizer: the model as {@link #restore(Path, String,
     * Module)} does, then the optimizer's state, which must come from the same optimizer class over
     * parameters of the same shapes.
     */
    public static ModelFile restore(Path file, String kind, Module model, Optimizer optimizer) throws IOException {
        ModelFile saved = ModelFileReader.read(file, kind);
        JsonNode state = saved.metadata().get("optimizer");
        if (state == null) {
            throw new ModelFileException(file, "holds no optimizer state; it was saved without one");
        }
        Map<String, float[]> slots = new LinkedHashMap<>();
        saved.tensors().forEach((name, m) -> {
            if (name.startsWith(OPTIMIZER_PREFIX)) {
                slots.put(name.substring(OPTIMIZER_PREFIX.length()), m.data);
            }
        });
        int[] updates = new int[state.path("updates").size()];
        for (int p = 0; p < updates.length; p++) {
            updates[p] = state.path("updates").get(p).asInt();
        }
        try {
            optimizer.restore(new Optimizer.Snapshot(state.path("class").asText(), state.path("steps").asLong(),
                    updates, slots));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "does not fit this optimizer: " + e.getMessage());
        }
        load(file, model, saved);
        return saved;
    }

    private static void load(Path file, Module model, ModelFile saved) throws ModelFileException {
        Map<String, FMatrixRMaj> modelState = new LinkedHashMap<>();
        saved.tensors().forEach((name, m) -> {
            if (!name.startsWith(OPTIMIZER_PREFIX)) {
                modelState.put(name, m);
            }
        });
        try {
            model.loadState(modelState);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "does not fit this model: " + e.getMessage());
        }
    }
}
