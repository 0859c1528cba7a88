package io.textkit.classify;

import io.textkit.core.tensor.RowKernels;

/**
 * fastText's full softmax output (its {@code -loss softmax}): one row B[k] of the output matrix per
 * label, the averaged embedding h from {@link FastTextStep}.
 *
 * <pre>
 * z_k = B[k]·h,  p = softmax(z)      scores and label probabilities
 * L = −log p_y                       cross-entropy with the gold label y
 * ∂L/∂z_k   = p_k − [k = y]
 * ∂L/∂B[k]  = (p_k − [k = y]) · h
 * ∂L/∂h     = Σ_k (p_k − [k = y]) · B[k]
 * </pre>
 *
 * The output step, with {@code g_k = lr·([k = y] − p_k)}: {@code e += g_k·B[k]} then
 * {@code B[k] += g_k·h} for every label. It owns the buffer p.
 */
final class SoftmaxStep extends FastTextStep {
    private final float[] probabilities;

    SoftmaxStep(int dim, int labels) {
        super(dim);
        this.probabilities = new float[labels];
    }

    @Override
    float outputStep(float[] output, int label, float lr) {
        softmax(output, hidden, probabilities, dim);
        for (int k = 0; k < probabilities.length; k++) {
            float g = lr * ((k == label ? 1f : 0f) - probabilities[k]);
            RowKernels.update(g, output, k * dim, hidden, 0, error, dim);
        }
        return (float) -Math.log(Math.max(probabilities[label], 1e-30f));
    }

    /** Writes softmax(B·h) into {@code probabilities} (one per label); reads {@code output} and {@code hidden}. */
    static void softmax(float[] output, float[] hidden, float[] probabilities, int dim) {
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
