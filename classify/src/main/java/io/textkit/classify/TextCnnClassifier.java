package io.textkit.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.tensor.Tensor;
import io.textkit.tokenize.Tokenizer;
import io.textkit.tokenize.TokenizerSettings;
import io.textkit.tokenize.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import org.ejml.data.FMatrixRMaj;

/**
 * A trained TextCNN classifier ({@link TextCnnModel}), made by {@link TextCnnTrainer}. Its model
 * file, of kind {@value #KIND}, holds the config, and in its metadata the tokenizer settings, the
 * vocabulary ({@code <pad>} id 0, {@code <unk>} id 1, then the words) and the labels; the tensors are
 * the model's state by parameter name.
 */
public final class TextCnnClassifier implements TextClassifier {
    /** The model file kind. */
    public static final String KIND = "textcnn";

    private final TextCnnConfig config;
    private final Vocabulary words;
    private final Vocabulary labels;
    private final TextCnnModel model;
    private final Tokenizer tokenizer;

    TextCnnClassifier(TextCnnConfig config, Vocabulary words, Vocabulary labels, TextCnnModel model) {
        this.config = config;
        this.words = words;
        this.labels = labels;
        this.model = model;
        this.tokenizer = config.tokenizer().create();
        model.train(false);
    }

    /** Softmax of the logits, in evaluation mode (no dropout), without recording a graph. */
    @Override
    public float[] probabilities(String text) {
        try (GradMode.Scope off = GradMode.disable()) {
            Tensor logits = model.forward(TokenBatch.of(new int[][] {ids(text)}, config.widestFilter(),
                    TextCnnModel.PADDING_ID));
            return Activations.softmax(logits).data().clone();
        }
    }

    @Override
    public List<String> labels() {
        return labels.words();
    }

    /** The hyper-parameters this model was trained with. */
    public TextCnnConfig config() {
        return config;
    }

    /** The vocabulary, specials first, then the words most frequent first. */
    public List<String> words() {
        return words.words();
    }

    /** The word ids of {@code text}; a word outside the vocabulary is {@code <unk>}. */
    int[] ids(String text) {
        int unknown = words.id(Vocabulary.UNK);
        return tokenizer.tokenize(text).stream().mapToInt(t -> words.id(t, unknown)).toArray();
    }

    TextCnnModel model() {
        return model;
    }

    @Override
    public void save(Path file) throws IOException {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.set("tokenizer", config.tokenizer().toJson());
        metadata.set("vocabulary", words.toJson());
        metadata.set("labels", labels.toJson());
        ModelFileWriter.write(file, ModelFile.of(KIND, config.toJson(), metadata, new LinkedHashMap<>(model.state())));
    }

    /**
     * Loads a model saved by {@link #save}.
     *
     * @throws ModelFileException if the file is damaged, holds another kind of model, or its
     *                            metadata and tensors do not fit together
     */
    public static TextCnnClassifier load(Path file) throws IOException {
        ModelFile saved = ModelFileReader.read(file, KIND);
        try {
            JsonNode metadata = saved.metadata();
            TextCnnConfig config = TextCnnConfig.fromJson(saved.config(),
                    TokenizerSettings.fromJson(required(metadata, "tokenizer")));
            Vocabulary words = Vocabulary.fromJson(required(metadata, "vocabulary"));
            Vocabulary labels = Vocabulary.fromJson(required(metadata, "labels"));
            TextCnnModel model = new TextCnnModel(words.size(), labels.size(), config);
            model.loadState(new LinkedHashMap<String, FMatrixRMaj>(saved.tensors()));
            return new TextCnnClassifier(config, words, labels, model);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new ModelFileException(file, "is not a valid TextCNN model: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode metadata, String field) {
        JsonNode value = metadata.get(field);
        if (value == null) {
            throw new IllegalArgumentException("metadata has no '" + field + "'");
        }
        return value;
    }
}
