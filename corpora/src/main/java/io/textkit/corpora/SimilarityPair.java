package io.textkit.corpora;

/** Two words and the similarity human judges gave them (WordSim-353, RG-65, MC-30, ...). */
public record SimilarityPair(String first, String second, double score) {}
