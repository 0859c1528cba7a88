package io.textkit.embed;

import io.textkit.core.tensor.RowKernels;
import io.textkit.tokenize.HuffmanTree;

/**
 * The output side shared by skip-gram and CBOW: given an input vector h (a context word's row for
 * skip-gram, the context mean for CBOW) and the word w to predict, it applies one SGD step to the
 * output rows and accumulates the input's gradient in {@code err}; the caller applies err to the
 * input rows. For every scored output row u with label y:
 * <pre>
 *   f = h·u,   g = (y − σ(f))·α          (the gradient of log σ(±f), times α)
 *   err += g·u,   u += g·h               (both with u's old value)
 * </pre>
 * Hierarchical softmax scores the inner nodes on w's Huffman path with y = 1 − code, and skips a
 * node when |f| ≥ MAX_EXP (C semantics: the sigmoid is saturated, the step would be near zero);
 * it computes every node's f before it updates any ({@link PathKernels} says why that is the same).
 * Negative sampling scores w with y = 1 and k noise words with y = 0, skipping a noise word equal
 * to w, and saturates σ to 0 or 1 beyond ±MAX_EXP instead of skipping (also C semantics).
 *
 * <p>One instance per thread: it owns the scratch of a Huffman path (rows, scores, gradients).
 */
final class OutputLayer {
    private final int dim;
    private final float[] hsOut;
    private final byte[] codes;
    private final int[] points;
    private final HuffmanTree tree;
    private final float[] nsOut;
    private final int negative;
    private final NoiseSampler noise;
    private int[] rows = new int[0];
    private float[] scores = new float[0];
    private float[] gradients = new float[0];

    /** {@code hsOut} is null without hierarchical softmax; {@code nsOut} is null when negative is 0. */
    OutputLayer(int dim, float[] hsOut, HuffmanTree tree, float[] nsOut, int negative, NoiseSampler noise) {
        this.dim = dim;
        this.hsOut = hsOut;
        this.tree = tree;
        this.codes = hsOut == null ? null : tree.codes();
        this.points = hsOut == null ? null : tree.points();
        this.nsOut = nsOut;
        this.negative = negative;
        this.noise = noise;
    }

    /** One step for input {@code in[inOff..inOff+dim)} predicting {@code word}; adds to err. */
    void train(float[] in, int inOff, int word, float alpha, float[] err, Lcg random) {
        if (hsOut != null) {
            int first = tree.offset(word);
            int length = tree.codeLength(word);
            if (length > rows.length) {
                rows = new int[length];
                scores = new float[length];
                gradients = new float[length];
            }
            for (int k = 0; k < length; k++) {
                rows[k] = points[first + k] * dim;
            }
            PathKernels.scores(in, inOff, hsOut, rows, length, scores, dim);
            int n = 0;
            for (int k = 0; k < length; k++) {
                float f = scores[k];
                if (f <= -SigmoidTable.MAX_EXP || f >= SigmoidTable.MAX_EXP) {
                    continue;
                }
                gradients[n] = (1 - codes[first + k] - SigmoidTable.sigmoid(f)) * alpha;   // y = 1 − code
                rows[n++] = rows[k];
            }
            PathKernels.update(in, inOff, hsOut, rows, gradients, n, err, dim);
        }
        if (nsOut != null) {
            for (int d = 0; d <= negative; d++) {
                int target = word;
                int label = 1;
                if (d > 0) {
                    target = noise.sample(random);
                    if (target == word) {
                        continue;
                    }
                    label = 0;
                }
                int row = target * dim;
                float f = RowKernels.dot(in, inOff, nsOut, row, dim);
                float g = (label - SigmoidTable.clamped(f)) * alpha;
                RowKernels.update(g, nsOut, row, in, inOff, err, dim);
            }
        }
    }
}
