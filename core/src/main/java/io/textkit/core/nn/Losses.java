package io.textkit.core.nn;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.FloatMath;
import io.textkit.core.tensor.Tensor;
import org.ejml.data.FMatrixRMaj;

/**
 * Loss functions, each fused with its input non-linearity so that the gradient is the simple,
 * numerically stable difference the textbooks derive. All return the mean over examples as 1×1.
 */
public final class Losses {
    private Losses() {}

    /** Cross-entropy from logits with no ignored targets and no label smoothing. */
    public static Tensor crossEntropy(Tensor logits, int[] targets) {
        return crossEntropy(logits, targets, Integer.MIN_VALUE, 0f);
    }

    /**
     * Cross-entropy from logits, {@code N × classes}, without class weights; see
     * {@link #crossEntropy(Tensor, int[], int, float, float[])}.
     */
    public static Tensor crossEntropy(Tensor logits, int[] targets, int ignoreIndex, float labelSmoothing) {
        return crossEntropy(logits, targets, ignoreIndex, labelSmoothing, null);
    }

    /**
     * Cross-entropy from logits, {@code N × classes}, weighting each class. Row i's loss is
     * ℓ_i = −Σ_j q_j log p_j with p = softmax(row) and the target distribution
     * q = (1 − ε)·onehot(t_i) + ε/classes. With w = {@code classWeights} (all 1 when {@code null}) the
     * loss is the weighted mean over the n rows whose target is not {@code ignoreIndex}:
     *
     * <pre>
     *   L = Σ_i w_{t_i}·ℓ_i / n        ∂L/∂logits_i = w_{t_i}·(p_i − q_i) / n
     * </pre>
     *
     * Dividing by n rather than by Σ_i w_{t_i} (PyTorch's weighted mean) keeps a mini-batch's loss an
     * unbiased estimate of the whole training set's weighted loss: per-batch normalisation shrinks a
     * heavy class's weight in exactly the batches that contain it. Ignored rows get 0 gradient; with
     * every row ignored the loss is 0.
     */
    public static Tensor crossEntropy(Tensor logits, int[] targets, int ignoreIndex, float labelSmoothing,
            float[] classWeights) {
        int n = logits.rows();
        int classes = logits.cols();
        if (targets.length != n) {
            throw new IllegalArgumentException("crossEntropy: " + targets.length + " targets for " + n + " rows of logits");
        }
        Check.fraction("crossEntropy: label smoothing", labelSmoothing);
        if (classWeights != null && classWeights.length != classes) {
            throw new IllegalArgumentException("crossEntropy: " + classWeights.length + " class weights for " + classes
                    + " classes");
        }
        float[] x = logits.data();
        float[] p = new float[x.length];
        int counted = 0;
        double total = 0;
        float off = labelSmoothing / classes;
        for (int i = 0; i < n; i++) {
            int t = targets[i];
            if (t == ignoreIndex) {
                continue;
            }
            if (t < 0 || t >= classes) {
                throw new IllegalArgumentException("crossEntropy: target " + t + " at row " + i + " is not a class in [0, "
                        + classes + ")");
            }
            float w = classWeights == null ? 1f : classWeights[t];
            counted++;
            int base = i * classes;
            float logSum = Activations.logSumExp(x, base, classes);
            double rowLoss = 0;
            for (int j = 0; j < classes; j++) {
                float logP = x[base + j] - logSum;
                p[base + j] = (float) Math.exp(logP);
                float q = off + (j == t ? 1 - labelSmoothing : 0);
                if (q != 0) {
                    rowLoss -= q * logP;
                }
            }
            total += w * rowLoss;
        }
        int valid = counted;
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        out.data[0] = valid == 0 ? 0f : (float) (total / valid);
        return Tensor.result("crossEntropy", out, logits).withBackward(o -> {
            if (valid == 0) {
                return;
            }
            float scale = o.grad().data[0] / valid;
            float[] g = logits.gradForAccumulation().data;
            for (int i = 0; i < n; i++) {
                int t = targets[i];
                if (t == ignoreIndex) {
                    continue;
                }
                float rowScale = classWeights == null ? scale : scale * classWeights[t];
                int base = i * classes;
                for (int j = 0; j < classes; j++) {
                    float q = off + (j == t ? 1 - labelSmoothing : 0);
                    g[base + j] += rowScale * (p[base + j] - q);
                }
            }
        });
    }

    /**
     * Binary cross-entropy from logits x and targets t ∈ [0, 1] of the same shape: the mean of
     * max(x, 0) − x·t + log(1 + e^−|x|) (the stable form of −t·log σ(x) − (1 − t)·log(1 − σ(x))),
     * with ∂x = (σ(x) − t)/n.
     */
    public static Tensor binaryCrossEntropy(Tensor logits, Tensor targets) {
        requireSameShape("binaryCrossEntropy", logits, targets);
        float[] x = logits.data();
        float[] t = targets.data();
        int n = x.length;
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += Math.max(x[k], 0) - x[k] * t[k] + Math.log1p(Math.exp(-Math.abs(x[k])));
        }
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        out.data[0] = (float) (total / n);
        return Tensor.result("binaryCrossEntropy", out, logits).withBackward(o -> {
            float scale = o.grad().data[0] / n;
            float[] g = logits.gradForAccumulation().data;
            for (int k = 0; k < n; k++) {
                g[k] += scale * (FloatMath.sigmoid(x[k]) - t[k]);
            }
        });
    }

    /** Mean squared error: the mean of (y − t)², with ∂y = 2(y − t)/n. */
    public static Tensor meanSquaredError(Tensor predictions, Tensor targets) {
        requireSameShape("meanSquaredError", predictions, targets);
        float[] y = predictions.data();
        float[] t = targets.data();
        int n = y.length;
        double total = 0;
        for (int k = 0; k < n; k++) {
            double d = y[k] - t[k];
            total += d * d;
        }
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        out.data[0] = (float) (total / n);
        return Tensor.result("meanSquaredError", out, predictions).withBackward(o -> {
            float scale = 2 * o.grad().data[0] / n;
            float[] g = predictions.gradForAccumulation().data;
            for (int k = 0; k < n; k++) {
                g[k] += scale * (y[k] - t[k]);
            }
        });
    }

    private static void requireSameShape(String op, Tensor a, Tensor b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException(op + ": predictions " + a.shape() + " and targets " + b.shape() + " differ");
        }
    }
}
