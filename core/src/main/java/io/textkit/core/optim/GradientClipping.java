package io.textkit.core.optim;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Tensor;
import java.util.List;

/**
 * Gradient clipping, applied between {@code loss.backward()} and {@link Optimizer#step()}. Both
 * methods read and modify the gradients in place, only in the rows that carry one (so a sparse
 * gradient stays sparse), and skip parameters without a gradient.
 */
public final class GradientClipping {
    private GradientClipping() {}

    /** Clamps every gradient element into {@code [−limit, limit]}: g ← max(−limit, min(limit, g)). */
    public static void byValue(List<Tensor> parameters, float limit) {
        Check.positive("clipping limit", limit);
        for (Tensor t : parameters) {
            if (!t.hasGrad()) {
                continue;
            }
            float[] g = t.grad().data;
            int cols = t.cols();
            for (int r : t.gradRows()) {
                for (int i = r * cols; i < (r + 1) * cols; i++) {
                    g[i] = Math.max(-limit, Math.min(limit, g[i]));
                }
            }
        }
    }

    /**
     * Rescales all gradients together so that their global L2 norm is at most {@code maxNorm}:
     * g ← g·min(1, maxNorm/‖g‖), where ‖g‖ is the norm of all parameters' gradients concatenated.
     * The direction is kept; a norm at or under the limit leaves the gradients untouched. Unlike
     * PyTorch's {@code clip_grad_norm_}, no 1e-6 is added to ‖g‖, so the result is maxNorm exactly
     * (to float rounding).
     *
     * <p>A non-finite norm changes nothing and is returned as it is, so that the optimizer's
     * non-finite guard can name the parameter.
     *
     * @return the global norm before clipping, for logging
     */
    public static double byGlobalNorm(List<Tensor> parameters, double maxNorm) {
        Check.positive("maximum gradient norm", maxNorm);
        double norm = globalNorm(parameters);
        if (!(norm > maxNorm) || !Double.isFinite(norm)) {
            return norm;
        }
        float scale = (float) (maxNorm / norm);
        for (Tensor t : parameters) {
            if (!t.hasGrad()) {
                continue;
            }
            float[] g = t.grad().data;
            int cols = t.cols();
            for (int r : t.gradRows()) {
                for (int i = r * cols; i < (r + 1) * cols; i++) {
                    g[i] *= scale;
                }
            }
        }
        return norm;
    }

    /** The global L2 norm √(Σ g²) over every gradient row that carries one, summed in double. Reads only. */
    public static double globalNorm(List<Tensor> parameters) {
        double sumOfSquares = 0;
        for (Tensor t : parameters) {
            if (!t.hasGrad()) {
                continue;
            }
            float[] g = t.grad().data;
            int cols = t.cols();
            for (int r : t.gradRows()) {
                for (int i = r * cols; i < (r + 1) * cols; i++) {
                    sumOfSquares += (double) g[i] * g[i];
                }
            }
        }
        return Math.sqrt(sumOfSquares);
    }
}
