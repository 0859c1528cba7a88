package io.textkit.seq2seq.decode;

/**
 * One finished output sequence of a decoder.
 *
 * @param tokens the generated token ids, the end token last (when the hypothesis ended with it)
 * @param score the score hypotheses were ranked by: {@code logProb} after the length penalty
 * @param logProb the sum of {@code tokenLogProbs}, in log space
 * @param tokenLogProbs each token's log-probability as the model gave it
 * @param alignment for each token, the source position the model attended to most when producing
 *     it (for {@code <unk>} replacement, see {@link UnkReplacement}), -1 for an empty source;
 *     {@code null} for a model without attention
 * @param attention for each token, the attention weights over the sentence's source positions;
 *     {@code null} for a model without attention
 */
public record Hypothesis(
        int[] tokens, double score, double logProb, float[] tokenLogProbs, int[] alignment, float[][] attention) {

    /** Number of tokens, the end token included. */
    public int length() {
        return tokens.length;
    }
}
