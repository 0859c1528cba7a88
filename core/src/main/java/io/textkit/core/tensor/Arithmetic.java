package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/**
 * Element-wise arithmetic and matrix products, with their gradients.
 *
 * <p>Binary element-wise ops take {@code a} of any shape and {@code b} either of the same shape or
 * broadcast over it: a {@code 1×cols} row added to every row (a bias), a {@code rows×1} column added
 * to every column, or a {@code 1×1} scalar. The gradient of a broadcast operand is summed over the
 * dimension it was broadcast along.
 */
public final class Arithmetic {
    private Arithmetic() {}

    /** How {@code b} is laid over {@code a}. */
    private enum Broadcast {
        SAME, ROW, COLUMN, SCALAR;

        static Broadcast of(String op, Tensor a, Tensor b) {
            if (b.rows() == a.rows() && b.cols() == a.cols()) {
                return SAME;
            }
            if (b.rows() == 1 && b.cols() == 1) {
                return SCALAR;
            }
            if (b.rows() == 1 && b.cols() == a.cols()) {
                return ROW;
            }
            if (b.cols() == 1 && b.rows() == a.rows()) {
                return COLUMN;
            }
            throw new IllegalArgumentException(op + ": cannot broadcast " + b.shape() + " over " + a.shape());
        }

        /** Index into b's data for element {@code (i, j)} of a. */
        int index(int i, int j, int cols) {
            return switch (this) {
                case SAME -> i * cols + j;
                case ROW -> j;
                case COLUMN -> i;
                case SCALAR -> 0;
            };
        }
    }

    /** {@code a + b}, with {@code b} broadcast. */
    public static Tensor add(Tensor a, Tensor b) {
        return addScaled("add", a, b, 1f);
    }

    /** {@code a − b}, with {@code b} broadcast. */
    public static Tensor sub(Tensor a, Tensor b) {
        return addScaled("sub", a, b, -1f);
    }

    private static Tensor addScaled(String op, Tensor a, Tensor b, float sign) {
        Broadcast mode = Broadcast.of(op, a, b);
        int rows = a.rows();
        int cols = a.cols();
        float[] x = a.data();
        float[] y = b.data();
        FMatrixRMaj out = new FMatrixRMaj(rows, cols);
        float[] z = out.data;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = i * cols + j;
                z[k] = x[k] + sign * y[mode.index(i, j, cols)];
            }
        }
        return Tensor.result(op, out, a, b).withBackward(o -> {
            float[] g = o.grad().data;
            if (a.requiresGrad()) {
                float[] ga = a.gradForAccumulation().data;
                for (int k = 0; k < g.length; k++) {
                    ga[k] += g[k];
                }
            }
            if (b.requiresGrad()) {
                float[] gb = b.gradForAccumulation().data;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        gb[mode.index(i, j, cols)] += sign * g[i * cols + j];
                    }
                }
            }
        });
    }

    /** The Hadamard product {@code a ⊙ b}, with {@code b} broadcast. */
    public static Tensor mul(Tensor a, Tensor b) {
        Broadcast mode = Broadcast.of("mul", a, b);
        int rows = a.rows();
        int cols = a.cols();
        float[] x = a.data();
        float[] y = b.data();
        FMatrixRMaj out = new FMatrixRMaj(rows, cols);
        float[] z = out.data;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                z[i * cols + j] = x[i * cols + j] * y[mode.index(i, j, cols)];
            }
        }
        return Tensor.result("mul", out, a, b).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.requiresGrad() ? a.gradForAccumulation().data : null;
            float[] gb = b.requiresGrad() ? b.gradForAccumulation().data : null;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    int k = i * cols + j;
                    int kb = mode.index(i, j, cols);
                    if (ga != null) {
                        ga[k] += g[k] * y[kb];
                    }
                    if (gb != null) {
                        gb[kb] += g[k] * x[k];
                    }
                }
            }
        });
    }

    /** {@code s·a} for a constant {@code s}. */
    public static Tensor scale(Tensor a, float s) {
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), a.cols());
        for (int k = 0; k < x.length; k++) {
            out.data[k] = s * x[k];
        }
        return Tensor.result("scale", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                ga[k] += s * g[k];
            }
        });
    }

    /** {@code a + s} for a constant {@code s}. */
    public static Tensor addScalar(Tensor a, float s) {
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), a.cols());
        for (int k = 0; k < x.length; k++) {
            out.data[k] = x[k] + s;
        }
        return Tensor.result("addScalar", out, a).withBackward(o -> accumulate(a, o.grad().data));
    }

    /** {@code 1 − a}, as in a GRU's update gate {@code (1 − z) ⊙ h}. */
    public static Tensor oneMinus(Tensor a) {
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), a.cols());
        for (int k = 0; k < x.length; k++) {
            out.data[k] = 1f - x[k];
        }
        return Tensor.result("oneMinus", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                ga[k] -= g[k];
            }
        });
    }

    /**
     * The matrix product {@code a·b}. Backward: {@code ∂a += ∂out·bᵀ}, {@code ∂b += aᵀ·∂out}.
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException("matmul: " + a.shape() + " · " + b.shape() + " (inner sizes differ)");
        }
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), b.cols());
        MatMul.mult(a.value(), b.value(), out);
        return Tensor.result("matmul", out, a, b).withBackward(o -> {
            if (a.requiresGrad()) {
                MatMul.multAddTransB(o.grad(), b.value(), a.gradForAccumulation());
            }
            if (b.requiresGrad()) {
                MatMul.multAddTransA(a.value(), o.grad(), b.gradForAccumulation());
            }
        });
    }

    /**
     * {@code c + a·b} in one op, the product added onto a copy of {@code c} (a recurrent step's gates,
     * {@code x·W + b} plus {@code h·U}). Backward: {@code ∂c += ∂out}, {@code ∂a += ∂out·bᵀ},
     * {@code ∂b += aᵀ·∂out}.
     */
    public static Tensor addMatmul(Tensor c, Tensor a, Tensor b) {
        if (a.cols() != b.rows() || c.rows() != a.rows() || c.cols() != b.cols()) {
            throw new IllegalArgumentException("addMatmul: " + c.shape() + " + " + a.shape() + " · " + b.shape()
                    + " (shapes do not fit)");
        }
        FMatrixRMaj out = c.value().copy();
        MatMul.multAdd(a.value(), b.value(), out);
        return Tensor.result("addMatmul", out, c, a, b).withBackward(o -> {
            accumulate(c, o.grad().data);
            if (a.requiresGrad()) {
                MatMul.multAddTransB(o.grad(), b.value(), a.gradForAccumulation());
            }
            if (b.requiresGrad()) {
                MatMul.multAddTransA(a.value(), o.grad(), b.gradForAccumulation());
            }
        });
    }

    /**
     * The product with a transposed right operand, {@code a·bᵀ}, as in attention scores
     * {@code Q·Kᵀ}. Backward: {@code ∂a += ∂out·b}, {@code ∂b += ∂outᵀ·a}.
     */
    public static Tensor matmulTransB(Tensor a, Tensor b) {
        if (a.cols() != b.cols()) {
            throw new IllegalArgumentException("matmulTransB: " + a.shape() + " · (" + b.shape() + ")ᵀ (inner sizes differ)");
        }
        FMatrixRMaj out = new FMatrixRMaj(a.rows(), b.rows());
        MatMul.multTransB(a.value(), b.value(), out);
        return Tensor.result("matmulTransB", out, a, b).withBackward(o -> {
            if (a.requiresGrad()) {
                MatMul.multAdd(o.grad(), b.value(), a.gradForAccumulation());
            }
            if (b.requiresGrad()) {
                MatMul.multAddTransA(o.grad(), a.value(), b.gradForAccumulation());
            }
        });
    }

    /** Adds {@code g} element-wise into {@code t}'s gradient when it requires one. */
    static void accumulate(Tensor t, float[] g) {
        if (!t.requiresGrad()) {
            return;
        }
        float[] gt = t.gradForAccumulation().data;
        for (int k = 0; k < g.length; k++) {
            gt[k] += g[k];
        }
    }
}
