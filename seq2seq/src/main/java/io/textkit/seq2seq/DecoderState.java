package io.textkit.seq2seq;

import io.textkit.core.tensor.Tensor;

/**
 * The translator's decoding state, one row per hypothesis: what {@link Translator} carries from one
 * step to the next and what beam search reorders. The source memory is shared by every row, never
 * copied; {@code sentenceOf[r]} says which of its sentences row r translates.
 *
 * @param hidden     the decoder's hidden state, {@code rows × decoderHidden}
 * @param cell       an LSTM decoder's memory cell, same shape; {@code null} for a GRU
 * @param feed       the previous attentional vector, fed with the next word; {@code null} without
 *                   input feeding
 * @param sentenceOf each row's sentence in {@code memory}
 * @param memory     the encoded source sentences
 */
public record DecoderState(Tensor hidden, Tensor cell, Tensor feed, int[] sentenceOf, SourceMemory memory) {

    /** The number of hypotheses. */
    public int rows() {
        return hidden.rows();
    }
}
