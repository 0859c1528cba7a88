package io.textkit.embed;

import io.textkit.core.tensor.RowKernels;
import java.util.Arrays;

/**
 * Continuous bag of words: h = (1/n)·Σ v_c over the n context words in the span (or the plain sum
 * without {@code mean}), one output step predicting the centre word, then v_c += err for every
 * context word. With the mean, err is ∂/∂h, not the 1/n share each v_c truly contributes: the C
 * tool and gensim apply the whole of it to every context word, and so do we.
 */
final class Cbow implements Architecture {
    private final float[] input;
    private final int dim;
    private final OutputLayer output;
    private final boolean mean;
    private final float[] h;
    private final float[] err;

    Cbow(float[] input, int dim, OutputLayer output, boolean mean) {
        this.input = input;
        this.dim = dim;
        this.output = output;
        this.mean = mean;
        this.h = new float[dim];
        this.err = new float[dim];
    }

    @Override
    public void train(int[] sentence, int length, int pos, int span, float alpha, Lcg random) {
        int first = Math.max(0, pos - span);
        int last = Math.min(length - 1, pos + span);
        int n = last - first;
        if (n == 0) {
            return;
        }
        Arrays.fill(h, 0f);
        for (int c = first; c <= last; c++) {
            if (c != pos) {
                RowKernels.axpy(1f, input, sentence[c] * dim, h, 0, dim);   // h = Σ v_c
            }
        }
        if (mean) {
            float inv = 1f / n;
            for (int i = 0; i < dim; i++) {
                h[i] *= inv;
            }
        }
        Arrays.fill(err, 0f);
        output.train(h, 0, sentence[pos], alpha, err, random);
        for (int c = first; c <= last; c++) {
            if (c != pos) {
                RowKernels.axpy(1f, err, 0, input, sentence[c] * dim, dim);   // v_c += err
            }
        }
    }

    @Override
    public void publish() {
        output.publish();
    }
}
