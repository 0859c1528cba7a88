package io.textkit.classify;

import io.textkit.core.config.Check;
import io.textkit.tokenize.Vocabulary;
import java.util.Map;

/**
 * Pretrained word vectors as both trainers take them, as fastText's {@code -pretrainedVectors} and
 * Kim's code do: the vocabulary takes in the vectors' words beyond the training ones, so that a word
 * only prediction meets keeps its vector, and each word with a vector starts from it.
 *
 * @param vectors     word → vector, in the file's order (most frequent first for word2vec files); read, not kept
 * @param unseenLimit how many of the first words of {@code vectors} may join the vocabulary without
 *                    being seen in training; every training word takes its vector whatever its rank
 */
record PretrainedVectors(Map<String, float[]> vectors, int unseenLimit) {
    PretrainedVectors {
        Check.nonNegative("unseenLimit", unseenLimit);
    }

    /** The training vocabulary followed by the first {@code unseenLimit} words of the vectors it lacks. */
    Vocabulary vocabulary(Vocabulary trained) {
        return trained.withWords(vectors.keySet().stream().limit(unseenLimit).toList());
    }

    /**
     * The vector of {@code word}, or {@code null} when there is none.
     *
     * @throws IllegalArgumentException naming the word when its vector's length is not {@code dim}
     */
    float[] of(String word, int dim) {
        float[] vector = vectors.get(word);
        if (vector != null && vector.length != dim) {
            throw new IllegalArgumentException("the pretrained vector of '" + word + "' has " + vector.length
                    + " dimensions, the config " + dim + "; set the model's dim to " + vector.length
                    + " or give vectors of " + dim);
        }
        return vector;
    }
}
