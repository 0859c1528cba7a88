package io.textkit.classify;

import io.textkit.core.tensor.RowKernels;
import java.util.Arrays;

/**
 * fastText's model and its SGD step, over the flat row-major weights: an input matrix A (one row of
 * {@code dim} per word or n-gram bucket) and an output matrix B (one row per label).
 *
 * <pre>
 * h = (1/|F|) Σ_{f∈F} A[f]          the text's features F, averaged (a feature may repeat)
 * z_k = B[k]·h,  p = softmax(z)      scores and label probabilities
 * L = −log p_y                       cross-entropy with the gold label y
 * ∂L/∂z_k   = p_k − [k = y]
 * ∂L/∂B[k]  = (p_k − [k = y]) · h
 * ∂L/∂h     = Σ_k (p_k − [k = y]) · B[k]
 * ∂L/∂A[f]  = (1/|F|) · ∂L/∂h        once per occurrence of f in F
 * </pre>
 *
 * One step moves every touched row by −lr times its gradient, as fastText does: with
 * {@code g_k = lr·([k = y] − p_k)}, first {@code e += g_k·B[k]} then {@code B[k] += g_k·h} for each
 * label (so e sees B before the step), then {@code A[f] += e/|F|} for each feature. Only |F| + labels
 * rows are touched, which is what makes training fast. One instance per thread: it owns the
 * buffers h, e and p.
 */
final class SoftmaxStep {
    private final int dim;
    private final float[] hidden;
    private final float[] error;
    private final float[] probabilities;

    SoftmaxStep(int dim, int labels) {
        this.dim = dim;
        this.hidden = new float[dim];
        this.error = new float[dim];
        this.probabilities = new float[labels];
    }

    /**
     * One SGD step on the example ({@code features}, {@code label}); reads and modifies
     * {@code input} and {@code output}. Returns the loss −log p_y before the step.
     */
    float update(float[] input, float[] output, int[] features, int label, float lr) {
        forward(input, output, features, hidden, probabilities, dim);
        Arrays.fill(error, 0f);
        for (int k = 0; k < probabilities.length; k++) {
            float g = lr * ((k == label ? 1f : 0f) - probabilities[k]);
            RowKernels.axpy(g, output, k * dim, error, 0, dim);
            RowKernels.axpy(g, hidden, 0, output, k * dim, dim);
        }
        float scale = 1f / features.length;
        for (int f : features) {
            RowKernels.axpy(scale, error, 0, input, f * dim, dim);
        }
        return (float) -Math.log(Math.max(probabilities[label], 1e-30f));
    }

    /**
     * Writes h (the average of the feature rows, zero when there are none) into {@code hidden} and
     * softmax(B·h) into {@code probabilities}; reads {@code input} and {@code output}.
     */
    static void forward(float[] input, float[] output, int[] features, float[] hidden, float[] probabilities,
            int dim) {
        Arrays.fill(hidden, 0f);
        for (int f : features) {
            RowKernels.axpy(1f, input, f * dim, hidden, 0, dim);
        }
        if (features.length > 0) {
            float scale = 1f / features.length;
            for (int i = 0; i < dim; i++) {
                hidden[i] *= scale;
            }
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < probabilities.length; k++) {
            probabilities[k] = RowKernels.dot(output, k * dim, hidden, 0, dim);
            max = Math.max(max, probabilities[k]);
        }
        float sum = 0;
        for (int k = 0; k < probabilities.length; k++) {
            probabilities[k] = (float) Math.exp(probabilities[k] - max);
            sum += probabilities[k];
        }
        for (int k = 0; k < probabilities.length; k++) {
            probabilities[k] /= sum;
        }
    }
}
