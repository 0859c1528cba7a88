package io.textkit.core.tensor;

import static io.textkit.core.tensor.VectorMicroKernel.COLS;
import static io.textkit.core.tensor.VectorMicroKernel.ROWS;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import org.ejml.data.FMatrixRMaj;

/**
 * c = op(a)·op(b) (or c += ...) with the Vector API, blocked for registers and caches the way
 * GotoBLAS does: b is packed into strips of {@link VectorMicroKernel#COLS} columns, a into blocks of
 * {@link VectorMicroKernel#ROWS} rows and {@link #K_BLOCK} columns, and {@link VectorMicroKernel}
 * multiplies one strip by one block while both sit in L1. Large products split the rows of c across
 * threads.
 *
 * <p>Every element of c is one chain of fused multiply-adds over p = 0, 1, ..., k-1 in order,
 * starting from 0 (or from c's old value when adding): K-blocking resumes the chain from the stored
 * partial sum, edge blocks go through the same kernel on zero-padded panels, and a thread computes
 * whole rows. So the result is bit-identical whatever the thread count or row split, and from run
 * to run. It differs from EJML (which sums in another order) by rounding only.
 *
 * <p>Only loaded when the {@code jdk.incubator.vector} module is in the boot layer.
 */
final class VectorMatMul implements MatMulKernel {
    /** Shared-dimension block: a b strip of K_BLOCK·COLS floats (32 KB at 512-bit) stays in L1. */
    static final int K_BLOCK = 256;
    /** Rows of a packed per block: ROW_BLOCK·K_BLOCK floats (128 KB) stay in L2 across all strips. */
    static final int ROW_BLOCK = 16 * ROWS;
    /** Packed b is at most this many floats (2 MB), which bounds the columns packed at once. */
    static final int PACKED_B_FLOATS = 1 << 19;
    /**
     * Below this many multiply-adds (~0.5 ms on one core) a product stays on the calling thread.
     * Measured on a shared 2-core AVX-512 machine, two threads against one: 0.7–0.85× at 8.4 M
     * multiply-adds, 0.85–1.05× at 12.6 M, 0.8–1.0× at 16.8 M (256³, JMH), 1.1–1.3× at 33.6 M and
     * 1.1–1.6× at 134 M (512³) when the other core is free, less when other jobs hold it.
     */
    static final long PARALLEL_MIN_MULTIPLY_ADDS = 1L << 25;
    /**
     * Products with at most this many rows of c and an untransposed b skip packing: packing reads and
     * writes all of b to multiply it by one or two rows, three times the memory traffic of streaming
     * b once, which is what a batch-1 decoder step costs.
     */
    static final int UNPACKED_MAX_ROWS = 2;
    /** Floats of a c row that stay in L1 while every row of b streams past them unpacked. */
    static final int UNPACKED_COLUMN_BLOCK = 2048;

    private final RowSplitter splitter;

    private VectorMatMul(int threads) {
        this.splitter = new RowSplitter(threads);
    }

    /** A kernel that splits large products across {@code threads} threads (1: never). */
    static MatMulKernel create(int threads) {
        return new VectorMatMul(threads);
    }

    @Override
    public void multiply(FMatrixRMaj a, boolean transA, FMatrixRMaj b, boolean transB, FMatrixRMaj c, boolean add) {
        int m = c.numRows;
        int n = c.numCols;
        int k = transA ? a.numRows : a.numCols;
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            if (!add) {
                Arrays.fill(c.data, 0, m * n, 0f);
            }
            return;
        }
        if (m <= UNPACKED_MAX_ROWS && !transB) {
            multiplyUnpacked(a, transA, b, c, add, m, n, k);
            return;
        }
        boolean parallel = splitter.threads() > 1 && (long) m * n * k >= PARALLEL_MIN_MULTIPLY_ADDS;
        int columnBlock = Math.max(COLS, PACKED_B_FLOATS / k / COLS * COLS);
        MatMulScratch scratch = MatMulScratch.local();
        float[] packedB = scratch.packedB(k * Math.min(roundUp(n, COLS), columnBlock));
        for (int j0 = 0; j0 < n; j0 += columnBlock) {
            int nc = Math.min(columnBlock, n - j0);
            PanelPacking.packB(b, transB, k, j0, nc, COLS, packedB, scratch.rowOffsets());
            if (parallel) {
                int cols0 = j0;
                splitter.run(m, ROWS, (from, to) ->
                        multiplyRows(a, transA, packedB, c, add, k, cols0, nc, from, to));
            } else {
                multiplyRows(a, transA, packedB, c, add, k, j0, nc, 0, m);
            }
        }
    }

    /**
     * c = op(a)·b (or c += ...) for a few rows of c, streaming b's rows as they lie: for each block
     * of a c row, c[i][j] = fma(a[i][p], b[p][j], c[i][j]) for p = 0, 1, ..., k-1 in order. That is
     * the packed kernel's chain of fused multiply-adds, so the bits are the same as in a larger product.
     */
    private static void multiplyUnpacked(FMatrixRMaj a, boolean transA, FMatrixRMaj b, FMatrixRMaj c, boolean add,
                                         int m, int n, int k) {
        float[] aData = a.data;
        float[] bData = b.data;
        float[] cData = c.data;
        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            for (int j0 = 0; j0 < n; j0 += UNPACKED_COLUMN_BLOCK) {
                int j1 = Math.min(n, j0 + UNPACKED_COLUMN_BLOCK);
                if (!add) {
                    Arrays.fill(cData, cRow + j0, cRow + j1, 0f);
                }
                int vectorEnd = j0 + VectorMicroKernel.SPECIES.loopBound(j1 - j0);
                for (int p = 0; p < k; p++) {
                    float x = transA ? aData[p * m + i] : aData[i * k + p];
                    FloatVector xs = FloatVector.broadcast(VectorMicroKernel.SPECIES, x);
                    int bRow = p * n;
                    int j = j0;
                    for (; j < vectorEnd; j += VectorMicroKernel.LANES) {
                        FloatVector sum = FloatVector.fromArray(VectorMicroKernel.SPECIES, cData, cRow + j);
                        xs.fma(FloatVector.fromArray(VectorMicroKernel.SPECIES, bData, bRow + j), sum)
                                .intoArray(cData, cRow + j);
                    }
                    for (; j < j1; j++) {
                        cData[cRow + j] = Math.fma(x, bData[bRow + j], cData[cRow + j]);
                    }
                }
            }
        }
    }

    /** Rows from..to-1, columns j0..j0+nc-1 of c, with b's columns j0.. already packed. */
    private static void multiplyRows(FMatrixRMaj a, boolean transA, float[] packedB, FMatrixRMaj c, boolean add,
                                     int k, int j0, int nc, int from, int to) {
        MatMulScratch scratch = MatMulScratch.local();
        float[] cData = c.data;
        int ldc = c.numCols;
        for (int i0 = from; i0 < to; i0 += ROW_BLOCK) {
            int mc = Math.min(ROW_BLOCK, to - i0);
            for (int p0 = 0; p0 < k; p0 += K_BLOCK) {
                int kc = Math.min(K_BLOCK, k - p0);
                float[] packedA = scratch.packedA(roundUp(mc, ROWS) * kc);
                PanelPacking.packA(a, transA, i0, mc, p0, kc, ROWS, packedA);
                boolean load = add || p0 > 0;
                for (int j = 0; j < nc; j += COLS) {
                    int bOff = j * k + p0 * COLS;
                    int w = Math.min(COLS, nc - j);
                    for (int i = 0; i < mc; i += ROWS) {
                        int aOff = i * kc;
                        int h = Math.min(ROWS, mc - i);
                        int cOff = (i0 + i) * ldc + j0 + j;
                        if (h == ROWS && w == COLS) {
                            VectorMicroKernel.multiply(kc, packedA, aOff, packedB, bOff, cData, cOff, ldc, load);
                        } else {
                            multiplyEdge(kc, packedA, aOff, packedB, bOff, cData, cOff, ldc, load, h, w, scratch);
                        }
                    }
                }
            }
        }
    }

    /** An h×w block at the bottom or right edge of c, run through the full kernel on a copy. */
    private static void multiplyEdge(int kc, float[] packedA, int aOff, float[] packedB, int bOff,
                                     float[] c, int cOff, int ldc, boolean load, int h, int w,
                                     MatMulScratch scratch) {
        float[] tile = scratch.tile(ROWS * COLS);
        if (load) {
            for (int r = 0; r < h; r++) {
                System.arraycopy(c, cOff + r * ldc, tile, r * COLS, w);
            }
        }
        VectorMicroKernel.multiply(kc, packedA, aOff, packedB, bOff, tile, 0, COLS, load);
        for (int r = 0; r < h; r++) {
            System.arraycopy(tile, r * COLS, c, cOff + r * ldc, w);
        }
    }

    private static int roundUp(int x, int multiple) {
        return (x + multiple - 1) / multiple * multiple;
    }
}
