package io.textkit.core.tensor;

import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Ops that move values without arithmetic: concatenation, slicing, row gathering (the embedding
 * lookup), transposition and reshaping. Their gradients move the same values back.
 */
public final class Shapes {
    private Shapes() {}

    /** The tensors side by side, {@code rows × Σcols}; all must have the same number of rows. */
    public static Tensor concatCols(List<Tensor> parts) {
        int rows = parts.get(0).rows();
        int cols = 0;
        for (Tensor p : parts) {
            if (p.rows() != rows) {
                throw new IllegalArgumentException("concatCols: " + p.shape() + " does not have " + rows + " rows");
            }
            cols += p.cols();
        }
        FMatrixRMaj out = new FMatrixRMaj(rows, cols);
        int offset = 0;
        for (Tensor p : parts) {
            for (int i = 0; i < rows; i++) {
                System.arraycopy(p.data(), i * p.cols(), out.data, i * cols + offset, p.cols());
            }
            offset += p.cols();
        }
        int total = cols;
        return Tensor.result("concatCols", out, parts.toArray(Tensor[]::new)).withBackward(o -> {
            float[] g = o.grad().data;
            int off = 0;
            for (Tensor p : parts) {
                if (p.requiresGrad()) {
                    float[] gp = p.gradForAccumulation().data;
                    for (int i = 0; i < rows; i++) {
                        for (int j = 0; j < p.cols(); j++) {
                            gp[i * p.cols() + j] += g[i * total + off + j];
                        }
                    }
                }
                off += p.cols();
            }
        });
    }

    /** {@code a} and {@code b} side by side. */
    public static Tensor concatCols(Tensor a, Tensor b) {
        return concatCols(List.of(a, b));
    }

    /** The tensors stacked, {@code Σrows × cols}; all must have the same number of columns. */
    public static Tensor concatRows(List<Tensor> parts) {
        int cols = parts.get(0).cols();
        int rows = 0;
        for (Tensor p : parts) {
            if (p.cols() != cols) {
                throw new IllegalArgumentException("concatRows: " + p.shape() + " does not have " + cols + " columns");
            }
            rows += p.rows();
        }
        FMatrixRMaj out = new FMatrixRMaj(rows, cols);
        int offset = 0;
        for (Tensor p : parts) {
            System.arraycopy(p.data(), 0, out.data, offset, p.data().length);
            offset += p.data().length;
        }
        return Tensor.result("concatRows", out, parts.toArray(Tensor[]::new)).withBackward(o -> {
            float[] g = o.grad().data;
            int off = 0;
            for (Tensor p : parts) {
                int n = p.rows() * cols;
                if (p.requiresGrad()) {
                    float[] gp = p.gradForAccumulation().data;
                    for (int k = 0; k < n; k++) {
                        gp[k] += g[off + k];
                    }
                }
                off += n;
            }
        });
    }

    /** Rows {@code from … from+count−1}; for a time-major sequence batch, one time step. */
    public static Tensor sliceRows(Tensor a, int from, int count) {
        if (from < 0 || count < 0 || from + count > a.rows()) {
            throw new IllegalArgumentException("sliceRows: rows " + from + "+" + count + " of " + a.shape());
        }
        int cols = a.cols();
        FMatrixRMaj out = new FMatrixRMaj(count, cols);
        System.arraycopy(a.data(), from * cols, out.data, 0, count * cols);
        return Tensor.result("sliceRows", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            int base = from * cols;
            for (int k = 0; k < g.length; k++) {
                ga[base + k] += g[k];
            }
        });
    }

    /** Columns {@code from … from+count−1}, e.g. one gate out of a fused gate matrix. */
    public static Tensor sliceCols(Tensor a, int from, int count) {
        if (from < 0 || count < 0 || from + count > a.cols()) {
            throw new IllegalArgumentException("sliceCols: columns " + from + "+" + count + " of " + a.shape());
        }
        int rows = a.rows();
        int cols = a.cols();
        FMatrixRMaj out = new FMatrixRMaj(rows, count);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a.data(), i * cols + from, out.data, i * count, count);
        }
        return Tensor.result("sliceCols", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < count; j++) {
                    ga[i * cols + from + j] += g[i * count + j];
                }
            }
        });
    }

    /**
     * The embedding lookup: row {@code k} of the result is row {@code ids[k]} of {@code table}, or
     * zeros where {@code ids[k]} is negative (padding). The gradient is sparse: only the looked-up
     * rows of the table receive one, so an optimizer updates only them.
     */
    public static Tensor gatherRows(Tensor table, int[] ids) {
        int cols = table.cols();
        FMatrixRMaj out = new FMatrixRMaj(ids.length, cols);
        for (int k = 0; k < ids.length; k++) {
            int id = ids[k];
            if (id >= table.rows()) {
                throw new IndexOutOfBoundsException("gatherRows: id " + id + " at position " + k + " is outside a table of "
                        + table.rows() + " rows");
            }
            if (id >= 0) {
                System.arraycopy(table.data(), id * cols, out.data, k * cols, cols);
            }
        }
        return Tensor.result("gatherRows", out, table).withBackward(o -> {
            float[] g = o.grad().data;
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                if (id >= 0) {
                    float[] gt = table.gradForRowAccumulation(id);
                    int base = id * cols;
                    for (int j = 0; j < cols; j++) {
                        gt[base + j] += g[k * cols + j];
                    }
                }
            }
        });
    }

    /** The transpose {@code aᵀ}. */
    public static Tensor transpose(Tensor a) {
        int rows = a.rows();
        int cols = a.cols();
        FMatrixRMaj out = new FMatrixRMaj(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out.data[j * rows + i] = a.data()[i * cols + j];
            }
        }
        return Tensor.result("transpose", out, a).withBackward(o -> {
            float[] g = o.grad().data;
            float[] ga = a.gradForAccumulation().data;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    ga[i * cols + j] += g[j * rows + i];
                }
            }
        });
    }

    /** The same elements in row-major order, viewed as {@code rows × cols}. */
    public static Tensor reshape(Tensor a, int rows, int cols) {
        if ((long) rows * cols != a.data().length) {
            throw new IllegalArgumentException("reshape: " + a.shape() + " has " + a.data().length + " elements, not "
                    + rows + "×" + cols);
        }
        FMatrixRMaj out = FMatrixRMaj.wrap(rows, cols, a.data().clone());
        return Tensor.result("reshape", out, a).withBackward(o -> Arithmetic.accumulate(a, o.grad().data));
    }
}
