package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/**
 * Sums, means and maxima over a whole tensor, over its rows (giving one row, {@code 1×cols}) or
 * over its columns (giving one column, {@code rows×1}).
 */
public final class Reductions {
    private Reductions() {}

    /** Σ of all elements, as 1×1; every element's gradient is ∂out. */
    public static Tensor sum(Tensor a) {
        float[] x = a.data();
        double s = 0;
        for (float v : x) {
            s += v;
        }
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        out.data[0] = (float) s;
        return Tensor.result("sum", out, a).withBackward(o -> addConstant(a, o.grad().data[0]));
    }

    /** The mean of all elements, as 1×1; every element's gradient is ∂out / n. */
    public static Tensor mean(Tensor a) {
        float[] x = a.data();
        double s = 0;
        for (float v : x) {
            s += v;
        }
        int n = x.length;
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        out.data[0] = (float) (s / n);
        return Tensor.result("mean", out, a).withBackward(o -> addConstant(a, o.grad().data[0] / n));
    }

    private static void addConstant(Tensor a, float g) {
        float[] ga = a.gradForAccumulation().data;
        for (int k = 0; k < ga.length; k++) {
            ga[k] += g;
        }
    }

    /** Σ over rows: the {@code 1×cols} column sums. */
    public static Tensor sumOverRows(Tensor a) {
        return overRows("sumOverRows", a, 1f);
    }

    /** The mean over rows: the {@code 1×cols} column means. */
    public static Tensor meanOverRows(Tensor a) {
        return overRows("meanOverRows", a, 1f / a.rows());
    }

    private static Tensor overRows(String op, Tensor a, float scale) {
        int rows = a.rows();
        int cols = a.cols();
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(1, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out.data[j] += x[i * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            out.data[j] *= scale;
        }
        return Tensor.result(op, out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    ga[i * cols + j] += scale * g[j];
                }
            }
        });
    }

    /** Σ over columns: the {@code rows×1} row sums. */
    public static Tensor sumOverCols(Tensor a) {
        return overCols("sumOverCols", a, 1f);
    }

    /** The mean over columns: the {@code rows×1} row means. */
    public static Tensor meanOverCols(Tensor a) {
        return overCols("meanOverCols", a, 1f / a.cols());
    }

    private static Tensor overCols(String op, Tensor a, float scale) {
        int rows = a.rows();
        int cols = a.cols();
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(rows, 1);
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += x[i * cols + j];
            }
            out.data[i] = (float) s * scale;
        }
        return Tensor.result(op, out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    ga[i * cols + j] += scale * g[i];
                }
            }
        });
    }

    /** The maximum over rows, {@code 1×cols}; the gradient goes to the first maximal row. */
    public static Tensor maxOverRows(Tensor a) {
        int rows = a.rows();
        int cols = a.cols();
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(1, cols);
        int[] arg = new int[cols];
        for (int j = 0; j < cols; j++) {
            int best = j;
            for (int i = 1; i < rows; i++) {
                if (x[i * cols + j] > x[best]) {
                    best = i * cols + j;
                }
            }
            arg[j] = best;
            out.data[j] = x[best];
        }
        return routeTo("maxOverRows", out, a, arg);
    }

    /** The maximum over columns, {@code rows×1}; the gradient goes to the first maximal column. */
    public static Tensor maxOverCols(Tensor a) {
        int rows = a.rows();
        int cols = a.cols();
        float[] x = a.data();
        FMatrixRMaj out = new FMatrixRMaj(rows, 1);
        int[] arg = new int[rows];
        for (int i = 0; i < rows; i++) {
            int best = i * cols;
            for (int j = 1; j < cols; j++) {
                if (x[i * cols + j] > x[best]) {
                    best = i * cols + j;
                }
            }
            arg[i] = best;
            out.data[i] = x[best];
        }
        return routeTo("maxOverCols", out, a, arg);
    }

    /** An op whose output element k is input element {@code source[k]}: the gradient routes back. */
    static Tensor routeTo(String op, FMatrixRMaj out, Tensor a, int[] source) {
        return Tensor.result(op, out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                if (source[k] >= 0) {
                    ga[source[k]] += g[k];
                }
            }
        });
    }
}
