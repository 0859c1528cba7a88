package io.textkit.classify;

import io.textkit.core.tensor.RowKernels;
import io.textkit.tokenize.Vocabulary;
import java.util.Arrays;

/**
 * fastText's SGD step on one example, over the flat row-major weights: an input matrix A (one row
 * of {@code dim} per word or n-gram bucket) and an output matrix B whose rows the loss defines
 * (one per label for {@link SoftmaxStep}, one per inner tree node for {@link HierarchicalSoftmaxStep}).
 *
 * <pre>
 * h = (1/|F|) Σ_{f∈F} A[f]          the text's features F, averaged (a feature may repeat)
 * ∂L/∂A[f] = (1/|F|) · ∂L/∂h         once per occurrence of f in F
 * </pre>
 *
 * The step moves every touched row by −lr times its gradient, as fastText does: the loss's
 * {@link #outputStep} moves the output rows it scores and leaves −lr·∂L/∂h (taken with B before
 * its step) in the error buffer e; then {@code A[f] += e/|F|} for each feature. Only |F| rows of A
 * and the scored rows of B are touched, which is what makes training fast. One instance per
 * thread: it owns the buffers h and e.
 */
abstract sealed class FastTextStep permits SoftmaxStep, HierarchicalSoftmaxStep {
    final int dim;
    final float[] hidden;
    final float[] error;

    FastTextStep(int dim) {
        this.dim = dim;
        this.hidden = new float[dim];
        this.error = new float[dim];
    }

    /** The step for {@code loss} on {@code labels} (their counts shape the hierarchical softmax's tree). */
    static FastTextStep of(FastTextConfig.Loss loss, int dim, Vocabulary labels) {
        return switch (loss) {
            case SOFTMAX -> new SoftmaxStep(dim, labels.size());
            case HS -> new HierarchicalSoftmaxStep(dim, labels.huffmanTree());
        };
    }

    /** Rows of the output matrix for {@code loss}: one per label, or one per inner node of their tree. */
    static int outputRows(FastTextConfig.Loss loss, Vocabulary labels) {
        return switch (loss) {
            case SOFTMAX -> labels.size();
            case HS -> Math.max(0, labels.size() - 1);
        };
    }

    /**
     * One SGD step on the example ({@code features}, {@code label}), {@code features} not empty;
     * reads and modifies {@code input} and {@code output}. Returns the loss before the step.
     */
    final float update(float[] input, float[] output, int[] features, int label, float lr) {
        average(input, features, hidden, dim);
        Arrays.fill(error, 0f);
        float loss = outputStep(output, label, lr);
        float scale = 1f / features.length;
        for (int f : features) {
            RowKernels.axpy(scale, error, 0, input, f * dim, dim);
        }
        return loss;
    }

    /**
     * The loss's part of the step, given h in {@link #hidden}: moves the output rows it scores by
     * −lr times their gradient and adds −lr·∂L/∂h to {@link #error}. Returns the loss before the step.
     */
    abstract float outputStep(float[] output, int label, float lr);

    /** Writes h, the average of the feature rows (zero when there are none), into {@code hidden}. */
    static void average(float[] input, int[] features, float[] hidden, int dim) {
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
    }
}
