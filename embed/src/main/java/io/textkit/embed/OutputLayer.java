package io.textkit.embed;

import io.textkit.core.tensor.RowKernels;
import io.textkit.tokenize.HuffmanTree;
import java.util.Arrays;

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
 *
 * <p>With several threads, every path starts at the root and its first levels are shared by most
 * paths, so Hogwild's threads would write the same few output rows at every step and pass their
 * cache lines back and forth between cores. Each thread therefore keeps its own copy of the
 * {@code hotNodes} heaviest inner nodes (the highest ids: every ancestor of one of them is one too,
 * so they are the first nodes of any path) and trains on it; {@link #publish} adds what it learned
 * there since the last call to the shared rows and takes their new value, so another thread's updates
 * of those rows reach it one sentence late. With one thread there is no copy and nothing changes.
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
    /** Inner nodes from this id on are hot: trained on {@link #hotCopy}, not on hsOut. */
    private final int firstHot;
    /** This thread's copy of the hot rows, and their shared value when it was last taken; or null. */
    private final float[] hotCopy;
    private final float[] hotBase;
    private int[] rows = new int[0];
    private float[] scores = new float[0];
    private float[] gradients = new float[0];

    /**
     * {@code hsOut} is null without hierarchical softmax; {@code nsOut} is null when negative is 0;
     * {@code hotNodes} is how many of the heaviest inner nodes this thread trains on its own copy of
     * (0 for none, as with one thread).
     */
    OutputLayer(int dim, float[] hsOut, HuffmanTree tree, float[] nsOut, int negative, NoiseSampler noise,
            int hotNodes) {
        this.dim = dim;
        this.hsOut = hsOut;
        this.tree = tree;
        this.codes = hsOut == null ? null : tree.codes();
        this.points = hsOut == null ? null : tree.points();
        this.nsOut = nsOut;
        this.negative = negative;
        this.noise = noise;
        int hot = hsOut == null ? 0 : Math.min(hotNodes, tree.innerNodes());
        this.firstHot = hsOut == null ? 0 : tree.innerNodes() - hot;
        this.hotCopy = hot == 0 ? null : Arrays.copyOfRange(hsOut, firstHot * dim, (firstHot + hot) * dim);
        this.hotBase = hot == 0 ? null : hotCopy.clone();
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
            int hot = 0;
            while (hot < length && points[first + hot] >= firstHot) {
                hot++;
            }
            descend(in, inOff, hotCopy, firstHot, first, hot, alpha, err);
            descend(in, inOff, hsOut, 0, first + hot, length - hot, alpha, err);
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

    /**
     * Hierarchical softmax over {@code n} nodes of a path from {@code points[from]} on, whose rows are
     * {@code (node − base)·dim} in {@code out}: every node's score first, then every update.
     */
    private void descend(float[] in, int inOff, float[] out, int base, int from, int n, float alpha, float[] err) {
        if (n == 0) {
            return;
        }
        for (int k = 0; k < n; k++) {
            rows[k] = (points[from + k] - base) * dim;
        }
        PathKernels.scores(in, inOff, out, rows, n, scores, dim);
        int kept = 0;
        for (int k = 0; k < n; k++) {
            float f = scores[k];
            if (f <= -SigmoidTable.MAX_EXP || f >= SigmoidTable.MAX_EXP) {
                continue;
            }
            gradients[kept] = (1 - codes[from + k] - SigmoidTable.sigmoid(f)) * alpha;   // y = 1 − code
            rows[kept++] = rows[k];
        }
        PathKernels.update(in, inOff, out, rows, gradients, kept, err, dim);
    }

    /**
     * Adds this thread's updates of the hot rows since the last call to the shared rows, then takes
     * their sum with the other threads' updates as its new copy. Does nothing without hot rows.
     */
    void publish() {
        if (hotCopy == null) {
            return;
        }
        int offset = firstHot * dim;
        for (int j = 0; j < hotCopy.length; j++) {
            float shared = hsOut[offset + j] + (hotCopy[j] - hotBase[j]);
            hsOut[offset + j] = shared;
            hotCopy[j] = shared;
            hotBase[j] = shared;
        }
    }
}
