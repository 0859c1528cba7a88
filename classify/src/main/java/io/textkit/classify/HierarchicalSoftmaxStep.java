package io.textkit.classify;

import io.textkit.core.tensor.RowKernels;
import io.textkit.tokenize.HuffmanTree;

/**
 * fastText's hierarchical softmax output (its {@code -loss hs}, Joulin et al. 2016 §2.1): a Huffman
 * tree over the labels by training frequency ({@link HuffmanTree}, as word2vec builds it), one
 * logistic unit per inner node n with output row B[n], the averaged embedding h from
 * {@link FastTextStep}. Label y is reached by the inner nodes n_1 … n_m on its path with branches
 * c_1 … c_m; taking branch 0 at n has probability σ(B[n]·h), branch 1 has 1 − σ(B[n]·h).
 *
 * <pre>
 * f_i = B[n_i]·h,  t_i = 1 − c_i     the score and the target of the i-th node on y's path
 * p_y = Π_i σ(f_i)^t_i (1 − σ(f_i))^(1−t_i)      so Σ_y p_y = 1 (each node splits its mass in two)
 * L = −log p_y
 * ∂L/∂f_i    = σ(f_i) − t_i
 * ∂L/∂B[n_i] = (σ(f_i) − t_i) · h
 * ∂L/∂h      = Σ_i (σ(f_i) − t_i) · B[n_i]
 * </pre>
 *
 * The output step is word2vec's: for each node on the path, {@code g = (1 − c − σ(f))·lr}, then
 * {@code e += g·B[n]} and {@code B[n] += g·h}. Unlike word2vec's C code, no node is skipped when
 * |f| is large (fastText does not skip either) and σ is computed, not tabulated, so the step is the
 * exact gradient. A step costs O(depth·dim), about log₂(labels)·dim, against labels·dim for the softmax.
 */
final class HierarchicalSoftmaxStep extends FastTextStep {
    private final HuffmanTree tree;
    private final byte[] codes;
    private final int[] points;

    HierarchicalSoftmaxStep(int dim, HuffmanTree tree) {
        super(dim);
        this.tree = tree;
        this.codes = tree.codes();
        this.points = tree.points();
    }

    @Override
    float outputStep(float[] output, int label, float lr) {
        double loss = 0;
        int end = tree.offset(label) + tree.codeLength(label);
        for (int d = tree.offset(label); d < end; d++) {
            int row = points[d] * dim;
            float sigma = sigmoid(RowKernels.dot(output, row, hidden, 0, dim));
            int target = 1 - codes[d];
            loss -= Math.log(Math.max(target == 1 ? sigma : 1 - sigma, 1e-30f));
            float g = (target - sigma) * lr;
            RowKernels.update(g, output, row, hidden, 0, error, dim);
        }
        return (float) loss;
    }

    /**
     * Writes every label's p_y into {@code probabilities}; reads {@code output} (one row per inner
     * node) and {@code hidden}. Each inner node is scored once, then each label multiplies along its path.
     */
    static void probabilities(float[] output, HuffmanTree tree, float[] hidden, float[] probabilities, int dim) {
        float[] branchZero = new float[tree.innerNodes()];
        for (int n = 0; n < branchZero.length; n++) {
            branchZero[n] = sigmoid(RowKernels.dot(output, n * dim, hidden, 0, dim));
        }
        byte[] codes = tree.codes();
        int[] points = tree.points();
        for (int y = 0; y < probabilities.length; y++) {
            float p = 1;
            int end = tree.offset(y) + tree.codeLength(y);
            for (int d = tree.offset(y); d < end; d++) {
                float sigma = branchZero[points[d]];
                p *= codes[d] == 0 ? sigma : 1 - sigma;
            }
            probabilities[y] = p;
        }
    }

    private static float sigmoid(float f) {
        return (float) (1 / (1 + Math.exp(-f)));
    }
}
