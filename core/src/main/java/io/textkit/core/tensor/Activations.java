package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/**
 * Activation functions and the softmax family, each with its derivative next to it. All act
 * element-wise except softmax, log-softmax and maxout, which act on each row.
 */
public final class Activations {
    private Activations() {}

    /** σ(x) = 1 / (1 + e^−x) ({@link FloatMath}); σ'(x) = σ(x)(1 − σ(x)). */
    public static Tensor sigmoid(Tensor a) {
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), a.cols());
        float[] y = out.data;
        FloatMath.sigmoid(x, 0, y, 0, x.length);
        return Tensor.result("sigmoid", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                ga[k] += g[k] * y[k] * (1f - y[k]);
            }
        });
    }

    /** tanh(x) ({@link FloatMath}); tanh'(x) = 1 − tanh²(x). */
    public static Tensor tanh(Tensor a) {
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), a.cols());
        float[] y = out.data;
        FloatMath.tanh(x, 0, y, 0, x.length);
        return Tensor.result("tanh", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                ga[k] += g[k] * (1f - y[k] * y[k]);
            }
        });
    }

    /** ReLU(x) = max(0, x); the derivative is 1 for x &gt; 0, else 0. */
    public static Tensor relu(Tensor a) {
        return leakyRelu(a, 0f, "relu");
    }

    /** LeakyReLU(x) = x for x &gt; 0, else {@code slope}·x. */
    public static Tensor leakyRelu(Tensor a, float slope) {
        return leakyRelu(a, slope, "leakyRelu");
    }

    private static Tensor leakyRelu(Tensor a, float slope, String op) {
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), a.cols());
        float[] y = out.data;
        for (int k = 0; k < x.length; k++) {
            y[k] = x[k] > 0 ? x[k] : slope * x[k];
        }
        return Tensor.result(op, out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                ga[k] += x[k] > 0 ? g[k] : slope * g[k];
            }
        });
    }

    /**
     * PReLU(x) = x for x &gt; 0, else α·x, with a learned slope α: one per column ({@code 1×cols})
     * or one shared ({@code 1×1}) (He et al. 2015). ∂α = Σ over x ≤ 0 of x·∂y.
     */
    public static Tensor prelu(Tensor a, Tensor alpha) {
        int cols = a.cols();
        boolean shared = alpha.rows() == 1 && alpha.cols() == 1;
        if (!shared && !(alpha.rows() == 1 && alpha.cols() == cols)) {
            throw new IllegalArgumentException("prelu: slope must be 1×1 or 1×" + cols + ", got " + alpha.shape());
        }
        float[] x = a.data();
        float[] s = alpha.data();
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), cols);
        float[] y = out.data;
        for (int k = 0; k < x.length; k++) {
            y[k] = x[k] > 0 ? x[k] : s[shared ? 0 : k % cols] * x[k];
        }
        return Tensor.result("prelu", out, a, alpha).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.requiresGrad() ? a.gradForAccumulation().data : null;
            float[] gs = alpha.requiresGrad() ? alpha.gradForAccumulation().data : null;
            for (int k = 0; k < g.length; k++) {
                int j = shared ? 0 : k % cols;
                if (ga != null) {
                    ga[k] += x[k] > 0 ? g[k] : s[j] * g[k];
                }
                if (gs != null && x[k] <= 0) {
                    gs[j] += x[k] * g[k];
                }
            }
        });
    }

    /** ELU(x) = x for x &gt; 0, else α(e^x − 1); the derivative there is y + α. */
    public static Tensor elu(Tensor a, float alpha) {
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), a.cols());
        float[] y = out.data;
        for (int k = 0; k < x.length; k++) {
            y[k] = x[k] > 0 ? x[k] : alpha * (float) Math.expm1(x[k]);
        }
        return Tensor.result("elu", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                ga[k] += x[k] > 0 ? g[k] : g[k] * (y[k] + alpha);
            }
        });
    }

    private static final float SQRT_2_OVER_PI = (float) Math.sqrt(2 / Math.PI);

    /**
     * GELU in its tanh form (Hendrycks &amp; Gimpel 2016, as in BERT and GPT-2):
     * ½x(1 + tanh u) with u = √(2/π)(x + 0.044715x³); its derivative is
     * ½(1 + tanh u) + ½x(1 − tanh²u)·√(2/π)(1 + 3·0.044715x²).
     */
    public static Tensor gelu(Tensor a) {
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), a.cols());
        float[] y = out.data;
        float[] t = new float[x.length];
        for (int k = 0; k < x.length; k++) {
            float v = x[k];
            t[k] = (float) Math.tanh(SQRT_2_OVER_PI * (v + 0.044715f * v * v * v));
            y[k] = 0.5f * v * (1f + t[k]);
        }
        return Tensor.result("gelu", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                float v = x[k];
                float du = SQRT_2_OVER_PI * (1f + 3f * 0.044715f * v * v);
                ga[k] += g[k] * (0.5f * (1f + t[k]) + 0.5f * v * (1f - t[k] * t[k]) * du);
            }
        });
    }

    /**
     * Maxout (Goodfellow et al. 2013): each output unit {@code j} is the largest of {@code pieces}
     * consecutive input columns {@code j·pieces … j·pieces + pieces − 1}; the gradient goes to the
     * winner. Input {@code rows × (units·pieces)}, output {@code rows × units}.
     */
    public static Tensor maxout(Tensor a, int pieces) {
        if (pieces < 1 || a.cols() % pieces != 0) {
            throw new IllegalArgumentException("maxout: " + a.cols() + " columns do not split into pieces of " + pieces);
        }
        int rows = a.rows();
        int units = a.cols() / pieces;
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(rows, units);
        int[] winner = new int[rows * units];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < units; j++) {
                int start = i * a.cols() + j * pieces;
                int best = start;
                for (int p = 1; p < pieces; p++) {
                    if (x[start + p] > x[best]) {
                        best = start + p;
                    }
                }
                winner[i * units + j] = best;
                out.data[i * units + j] = x[best];
            }
        }
        return Tensor.result("maxout", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                ga[winner[k]] += g[k];
            }
        });
    }

    /** Row-wise softmax: y_j = e^(x_j − max) / Σ_k e^(x_k − max); ∂x = y ⊙ (∂y − ⟨∂y, y⟩). */
    public static Tensor softmax(Tensor a) {
        return maskedSoftmax(a, null, "softmax");
    }

    /**
     * Row-wise softmax over the positions where {@code mask} is non-zero; masked positions get
     * probability 0 (attention over padded sequences). {@code mask} has {@code a}'s shape or is a
     * {@code 1×cols} row shared by all rows. A row with no unmasked position is all zeros.
     */
    public static Tensor maskedSoftmax(Tensor a, float[] mask) {
        return maskedSoftmax(a, mask, "maskedSoftmax");
    }

    private static Tensor maskedSoftmax(Tensor a, float[] mask, String op) {
        int rows = a.rows();
        int cols = a.cols();
        if (mask != null && mask.length != rows * cols && mask.length != cols) {
            throw new IllegalArgumentException(op + ": mask of length " + mask.length + " fits neither " + a.shape()
                    + " nor one row of it");
        }
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(rows, cols);
        float[] y = out.data;
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            int maskBase = mask == null || mask.length == cols ? 0 : base;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                if (mask == null || mask[maskBase + j] != 0) {
                    max = Math.max(max, x[base + j]);
                }
            }
            if (max == Float.NEGATIVE_INFINITY) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                if (mask == null || mask[maskBase + j] != 0) {
                    y[base + j] = (float) Math.exp(x[base + j] - max);
                    sum += y[base + j];
                }
            }
            float inv = (float) (1 / sum);
            for (int j = 0; j < cols; j++) {
                y[base + j] *= inv;
            }
        }
        return Tensor.result(op, out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int i = 0; i < rows; i++) {
                int base = i * cols;
                double dot = 0;
                for (int j = 0; j < cols; j++) {
                    dot += g[base + j] * y[base + j];
                }
                for (int j = 0; j < cols; j++) {
                    ga[base + j] += y[base + j] * (g[base + j] - (float) dot);
                }
            }
        });
    }

    /**
     * Row-wise log-softmax: y_j = x_j − max − log Σ_k e^(x_k − max); ∂x = ∂y − softmax(x)·Σ_k ∂y_k.
     */
    public static Tensor logSoftmax(Tensor a) {
        int rows = a.rows();
        int cols = a.cols();
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(rows, cols);
        float[] y = out.data;
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            float logSum = logSumExp(x, base, cols);
            for (int j = 0; j < cols; j++) {
                y[base + j] = x[base + j] - logSum;
            }
        }
        return Tensor.result("logSoftmax", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int i = 0; i < rows; i++) {
                int base = i * cols;
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    sum += g[base + j];
                }
                for (int j = 0; j < cols; j++) {
                    ga[base + j] += g[base + j] - (float) Math.exp(y[base + j]) * (float) sum;
                }
            }
        });
    }

    /** log Σ e^x over {@code x[from … from+n)}, shifted by the maximum so it cannot overflow. */
    public static float logSumExp(float[] x, int from, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = from; j < from + n; j++) {
            max = Math.max(max, x[j]);
        }
        double sum = 0;
        for (int j = from; j < from + n; j++) {
            sum += Math.exp(x[j] - max);
        }
        return max + (float) Math.log(sum);
    }
}
