package io.textkit.embed;

/**
 * A word found by a vector query and its score: the cosine similarity for nearest-neighbour and
 * 3CosAdd queries, the 3CosMul objective for {@link WordVectors#analogyMul}.
 */
public record Neighbor(String word, double similarity) {}
