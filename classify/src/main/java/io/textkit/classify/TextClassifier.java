package io.textkit.classify;

import io.textkit.core.config.Check;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What every textkit text classifier offers once trained: a label distribution for a text, the
 * best labels, and a model file that holds everything prediction needs (weights, tokenizer
 * settings, vocabulary, labels).
 */
public interface TextClassifier {

    /** The most probable label for {@code text} (the first of equally probable ones). */
    default String predict(String text) {
        return labels().get(argmax(probabilities(text)));
    }

    private static int argmax(float[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * Up to {@code k} labels whose probability is at least {@code threshold}, most probable first
     * (ties in label order), as fastText's {@code predict k threshold}.
     *
     * @throws IllegalArgumentException if {@code k < 1}
     */
    default List<Prediction> predict(String text, int k, double threshold) {
        Check.positive("k", k);
        return best(probabilities(text), labels(), k, threshold);
    }

    private static List<Prediction> best(float[] p, List<String> labels, int k, double threshold) {
        List<Prediction> kept = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= threshold) {
                kept.add(new Prediction(labels.get(i), p[i]));
            }
        }
        // List.sort is stable, so equal probabilities stay in label order.
        kept.sort(Comparator.comparingDouble(Prediction::probability).reversed());
        return List.copyOf(kept.subList(0, Math.min(k, kept.size())));
    }

    /** The probability of each label for {@code text}, indexed as {@link #labels()}; sums to 1. */
    float[] probabilities(String text);

    /** The labels this classifier chooses from; unmodifiable. */
    List<String> labels();

    /**
     * The label distribution of each text, in order; classifiers that compute in batches override
     * this to classify many texts faster than one at a time.
     */
    default List<float[]> probabilitiesAll(List<String> texts) {
        return texts.stream().map(this::probabilities).toList();
    }

    /** The most probable label of each text, in order (the first of equally probable ones). */
    default List<String> predictAll(List<String> texts) {
        List<String> labels = labels();
        return probabilitiesAll(texts).stream().map(p -> labels.get(argmax(p))).toList();
    }

    /**
     * {@link #predict(String, int, double)} for each text, in order, computed in batches through
     * {@link #probabilitiesAll}.
     *
     * @throws IllegalArgumentException if {@code k < 1}
     */
    default List<List<Prediction>> predictAll(List<String> texts, int k, double threshold) {
        Check.positive("k", k);
        List<String> labels = labels();
        return probabilitiesAll(texts).stream().map(p -> best(p, labels, k, threshold)).toList();
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
            default -> {
                if (!Architectures.KINDS.contains(kind)) {
                    throw new ModelFileException(file, "holds a '" + kind
                            + "' model, which is not a text classifier; known classifier kinds: "
                            + FastTextClassifier.KIND + ", " + String.join(", ", Architectures.KINDS));
                }
                yield NeuralClassifier.load(file);
            }
        };
    }
}
