package io.textkit.embed;

import io.textkit.core.tensor.RowKernels;
import java.util.Arrays;

/**
 * Skip-gram: for each context word c within the span, one output step with h = v_c predicting the
 * centre word, then v_c += err (the C tool's pairing: the context row is the input, so each input
 * row is written once per pair).
 */
final class SkipGram implements Architecture {
    private final float[] input;
    private final int dim;
    private final OutputLayer output;
    private final float[] err;

    SkipGram(float[] input, int dim, OutputLayer output) {
        this.input = input;
        this.dim = dim;
        this.output = output;
        this.err = new float[dim];
    }

    @Override
    public void train(int[] sentence, int length, int pos, int span, float alpha, Lcg random) {
        int word = sentence[pos];
        int last = Math.min(length - 1, pos + span);
        for (int c = Math.max(0, pos - span); c <= last; c++) {
            if (c == pos) {
                continue;
            }
            int row = sentence[c] * dim;
            Arrays.fill(err, 0f);
            output.train(input, row, word, alpha, err, random);
            RowKernels.axpy(1f, err, 0, input, row, dim);   // v_c += Σ g·u
        }
    }

    @Override
    public void publish() {
        output.publish();
    }
}
