package io.textkit.seq2seq.lm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.train.Checkpoint;
import io.textkit.tokenize.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;

/**
 * Saves a {@link LanguageModel} as one model file ({@link ModelFile}: format version, checksums,
 * written atomically) of kind {@value #KIND}: the config, the vocabulary in the metadata, and the
 * weights; and loads it back into a model that gives the same probabilities. A checkpoint that
 * {@link LanguageModelTrainer} wrote loads the same way (its optimizer state is skipped).
 */
public final class LanguageModelFile {
    /** The model file kind. */
    public static final String KIND = "rnnlm";

    private static final String OPTIMIZER_PREFIX = "optimizer/";

    private LanguageModelFile() {}

    /** Writes {@code model} to {@code file}, replacing it. */
    public static void save(Path file, LanguageModel model) throws IOException {
        Checkpoint.save(file, KIND, model, Configs.toJson(model.config()), metadata(model));
    }

    /** What a model file's metadata holds besides the weights: the vocabulary. */
    static ObjectNode metadata(LanguageModel model) {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.set("vocabulary", model.vocabulary().toJson());
        return metadata;
    }

    /**
     * Reads a language model from {@code file}, in evaluation mode.
     *
     * @throws ModelFileException naming the file and what is wrong: another kind of model, a config
     *     field or vocabulary entry that does not check, or weights that do not fit the config
     */
    public static LanguageModel load(Path file) throws IOException {
        ModelFile saved = ModelFileReader.read(file, KIND);
        LanguageModelConfig config;
        try {
            config = Configs.fromJson(LanguageModelConfig.class, saved.config());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "has an invalid config: " + e.getMessage(), e);
        }
        JsonNode vocabularyJson = saved.metadata().get("vocabulary");
        if (vocabularyJson == null) {
            throw new ModelFileException(file, "has no 'vocabulary' in its metadata");
        }
        LanguageModel model;
        try {
            model = new LanguageModel(config, Vocabulary.fromJson(vocabularyJson));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "has an invalid vocabulary: " + e.getMessage(), e);
        }
        Map<String, FMatrixRMaj> weights = new LinkedHashMap<>();
        saved.tensors().forEach((name, m) -> {
            if (!name.startsWith(OPTIMIZER_PREFIX)) {
                weights.put(name, m);
            }
        });
        try {
            model.loadState(weights);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "does not fit its config: " + e.getMessage(), e);
        }
        model.train(false);
        return model;
    }
}
