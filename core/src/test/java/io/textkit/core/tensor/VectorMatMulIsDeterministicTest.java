package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernel computes each element of c by the same chain of operations however the
 * rows are split, so any thread count gives bit-identical results, and so does running again.
 * The shapes are above the parallel threshold, with row counts that leave uneven splits and edges.
 */
class VectorMatMulIsDeterministicTest {
    /** m, k, n: above the parallel threshold, odd m and n for uneven splits and edges, k and n crossing blocks. */
    private static final int[][] SHAPES = {{256, 256, 512}, {37, 2000, 455}, {129, 513, 513}, {45, 1500, 700}};

    @Test
    void anyThreadCountGivesTheSameBits() {
        MatMulKernel single = VectorMatMul.create(1);
        Random rng = new Random(17);
        for (MatMulOp op : MatMulOp.values()) {
            for (int[] s : SHAPES) {
                int m = s[0], k = s[1], n = s[2];
                assertTrue((long) m * n * k >= VectorMatMul.PARALLEL_MIN_MULTIPLY_ADDS, "shape too small to split");
                FMatrixRMaj a = op.a(m, k, rng);
                FMatrixRMaj b = op.b(k, n, rng);
                FMatrixRMaj c0 = MatMulOp.random(m, n, rng);
                FMatrixRMaj expected = c0.copy();
                op.via(single, a, b, expected);
                for (int threads : new int[] {2, 3, 4, 7}) {
                    FMatrixRMaj c = c0.copy();
                    op.via(VectorMatMul.create(threads), a, b, c);
                    assertArrayEquals(expected.data, c.data, op + " " + m + "×" + k + "·" + k + "×" + n
                            + " on " + threads + " threads");
                }
            }
        }
    }

    @Test
    void runningAgainGivesTheSameBits() {
        MatMulKernel kernel = VectorMatMul.create(2);
        Random rng = new Random(23);
        for (MatMulOp op : MatMulOp.values()) {
            FMatrixRMaj a = op.a(64, 300, rng);
            FMatrixRMaj b = op.b(300, 256, rng);
            FMatrixRMaj c0 = MatMulOp.random(64, 256, rng);
            FMatrixRMaj first = c0.copy();
            FMatrixRMaj second = c0.copy();
            op.via(kernel, a, b, first);
            op.via(kernel, a, b, second);
            assertArrayEquals(first.data, second.data, op.toString());
        }
    }

    /**
     * A row of c does not depend on where the split falls: computing any slice of a's rows on its
     * own (so that its rows land in different blocks and edges) gives the same bits as the whole.
     */
    @Test
    void rowsComputedAloneGiveTheSameBits() {
        MatMulKernel kernel = VectorMatMul.create(1);
        Random rng = new Random(31);
        int m = 45, k = 300, n = 77;
        for (MatMulOp op : new MatMulOp[] {MatMulOp.MULT, MatMulOp.MULT_ADD, MatMulOp.MULT_TRANS_B}) {
            FMatrixRMaj a = op.a(m, k, rng);
            FMatrixRMaj b = op.b(k, n, rng);
            FMatrixRMaj c0 = MatMulOp.random(m, n, rng);
            FMatrixRMaj whole = c0.copy();
            op.via(kernel, a, b, whole);
            int[] cuts = {0, 3, 13, 14, 30, 45};
            for (int s = 0; s + 1 < cuts.length; s++) {
                int from = cuts[s], rows = cuts[s + 1] - from;
                FMatrixRMaj aRows = new FMatrixRMaj(rows, k);
                System.arraycopy(a.data, from * k, aRows.data, 0, rows * k);
                FMatrixRMaj cRows = new FMatrixRMaj(rows, n);
                System.arraycopy(c0.data, from * n, cRows.data, 0, rows * n);
                op.via(kernel, aRows, b, cRows);
                float[] expected = new float[rows * n];
                System.arraycopy(whole.data, from * n, expected, 0, rows * n);
                assertArrayEquals(expected, cRows.data, op + " rows " + from + ".." + (from + rows));
            }
        }
    }

    /**
     * Products of one or two rows with an untransposed b skip packing, yet give the bits those rows
     * get inside a larger, packed product: the same chain of fused multiply-adds. Shapes cross the
     * shared-dimension block, the unpacked column block and a vector's width.
     */
    @Test
    void oneAndTwoRowProductsSkipPackingWithTheSameBits() {
        MatMulKernel kernel = VectorMatMul.create(1);
        Random rng = new Random(37);
        int big = 9;
        for (MatMulOp op : new MatMulOp[] {MatMulOp.MULT, MatMulOp.MULT_ADD, MatMulOp.MULT_TRANS_A,
                MatMulOp.MULT_ADD_TRANS_A}) {
            for (int[] kn : new int[][] {{300, 77}, {7, 2500}, {512, 33}}) {
                int k = kn[0], n = kn[1];
                FMatrixRMaj a = op.a(big, k, rng);
                FMatrixRMaj b = op.b(k, n, rng);
                FMatrixRMaj c0 = MatMulOp.random(big, n, rng);
                FMatrixRMaj whole = c0.copy();
                op.via(kernel, a, b, whole);
                for (int rows = 1; rows <= VectorMatMul.UNPACKED_MAX_ROWS; rows++) {
                    FMatrixRMaj aRows = op.a(rows, k, rng);
                    for (int p = 0; p < k; p++) {
                        for (int r = 0; r < rows; r++) {
                            aRows.set(op.transA ? p : r, op.transA ? r : p,
                                    a.get(op.transA ? p : r, op.transA ? r : p));
                        }
                    }
                    FMatrixRMaj cRows = new FMatrixRMaj(rows, n);
                    System.arraycopy(c0.data, 0, cRows.data, 0, rows * n);
                    op.via(kernel, aRows, b, cRows);
                    float[] expected = new float[rows * n];
                    System.arraycopy(whole.data, 0, expected, 0, rows * n);
                    assertArrayEquals(expected, cRows.data, op + " " + rows + "×" + k + "·" + k + "×" + n);
                }
            }
        }
    }
}
