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
    /** m, k, n: each above the parallel threshold, with odd m and n for uneven splits and edges. */
    private static final int[][] SHAPES = {{256, 256, 256}, {37, 601, 401}, {129, 257, 513}};

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
}
