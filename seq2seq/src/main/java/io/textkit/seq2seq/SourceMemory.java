package io.textkit.seq2seq;

import io.textkit.core.tensor.Tensor;

/**
 * The encoder's output for a batch of source sentences, as attention reads it. {@code values} is
 * time-major, {@code (time·sentences) × width}: row {@code t·sentences + s} is sentence s at position
 * t, zero past the sentence's end. {@code keys} is what scores are computed against, projected once
 * per batch ({@link SourceAttention#keys}), in the same row order.
 *
 * @param values    the encoder outputs
 * @param keys      the attention keys
 * @param lengths   each sentence's length in positions (at least 1)
 * @param sentences the number of sentences
 */
public record SourceMemory(Tensor values, Tensor keys, int[] lengths, int sentences) {
    public SourceMemory {
        if (values.rows() % sentences != 0 || keys.rows() != values.rows() || lengths.length != sentences) {
            throw new IllegalArgumentException("source memory: " + values.shape() + " values, " + keys.shape()
                    + " keys and " + lengths.length + " lengths do not fit " + sentences + " sentences");
        }
    }

    /** The longest sentence's length: the memory's number of time steps. */
    public int time() {
        return values.rows() / sentences;
    }
}
