package io.textkit.corpora;

import java.util.Objects;

/**
 * Two words and how similar people judged them, from a word-similarity set such as WordSim-353.
 * Scales differ between sets (0–10, 0–4), which is why they are compared by rank correlation.
 */
public record SimilarityPair(String w1, String w2, double score) {
    public SimilarityPair {
        Objects.requireNonNull(w1, "w1");
        Objects.requireNonNull(w2, "w2");
    }
}
