package io.textkit.classify;

import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What every textkit text classifier offers once trained: a label distribution for a text, the
 * best labels, and a model file that holds everything prediction needs (weights, tokenizer
 * settings, vocabulary, labels).
 */
public interface TextClassifier {

    /** The most probable label for {@code text}. */
    String predict(String text);

    /**
     * Up to {@code k} labels whose probability is at least {@code threshold}, most probable first
     * (ties in label order), as fastText's {@code predict k threshold}.
     *
     * @throws IllegalArgumentException if {@code k < 1}
     */
    List<Prediction> predict(String text, int k, double threshold);

    /** The probability of each label for {@code text}, indexed as {@link #labels()}; sums to 1. */
    float[] probabilities(String text);

    /** The labels this classifier chooses from; unmodifiable. */
    List<String> labels();

    /** The most probable label of each text, in order. */
    default List<String> predictAll(List<String> texts) {
        return texts.stream().map(this::predict).toList();
    }

    /** Writes the model file, replacing {@code file} atomically. */
    void save(Path file) throws IOException;

    /**
     * Loads a classifier saved by {@link #save}, choosing the implementation from the file's kind.
     *
     * @throws ModelFileException if the file is damaged, not a textkit model file, or holds a model
     *                            that is not a text classifier
     */
    static TextClassifier load(Path file) throws IOException {
        String kind = ModelFileReader.kind(file);
        return switch (kind) {
            case FastTextClassifier.KIND -> FastTextClassifier.load(file);
            case TextCnnClassifier.KIND -> TextCnnClassifier.load(file);
            default -> throw new ModelFileException(file, "holds a '" + kind
                    + "' model, which is not a text classifier; known classifier kinds: "
                    + FastTextClassifier.KIND + ", " + TextCnnClassifier.KIND);
        };
    }
}
