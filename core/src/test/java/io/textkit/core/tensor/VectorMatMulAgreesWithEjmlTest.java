package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The two implementations {@link MatMul} can pick give the same products up to float rounding, so
 * switching with {@code -Dtextkit.matmul} changes no model by more than rounding.
 */
class VectorMatMulAgreesWithEjmlTest {
    @Test
    void sameProductsUpToRounding() {
        MatMulKernel vector = VectorMatMul.create(2);
        Random rng = new Random(29);
        int[][] shapes = {{1, 1, 1}, {7, 13, 33}, {64, 300, 256}, {300, 64, 256}, {33, 129, 95}};
        for (MatMulOp op : MatMulOp.values()) {
            for (int[] s : shapes) {
                int m = s[0], k = s[1], n = s[2];
                FMatrixRMaj a = op.a(m, k, rng);
                FMatrixRMaj b = op.b(k, n, rng);
                FMatrixRMaj c0 = MatMulOp.random(m, n, rng);
                FMatrixRMaj fromVector = c0.copy();
                FMatrixRMaj fromEjml = c0.copy();
                op.via(vector, a, b, fromVector);
                op.via(EjmlMatMul.INSTANCE, a, b, fromEjml);
                assertAgree(op, a, b, c0, fromVector, fromEjml, k);
            }
        }
    }

    /** Each result is within γ(k+1)·(|c0| + Σ|a||b|) of the exact one, so within twice that of each other. */
    private static void assertAgree(MatMulOp op, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c0,
                                    FMatrixRMaj x, FMatrixRMaj y, int k) {
        double unit = Math.scalb(1.0, -24);
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                double magnitude = op.add ? Math.abs(c0.get(i, j)) : 0;
                for (int p = 0; p < k; p++) {
                    double u = op.transA ? a.get(p, i) : a.get(i, p);
                    double v = op.transB ? b.get(j, p) : b.get(p, j);
                    magnitude += Math.abs(u * v);
                }
                double tolerance = 2 * (k + 1) * unit * magnitude;
                if (!(Math.abs(x.get(i, j) - y.get(i, j)) <= tolerance)) {
                    fail(op + " c[" + i + "][" + j + "]: vector " + x.get(i, j) + ", ejml " + y.get(i, j)
                            + ", allowed difference " + tolerance);
                }
            }
        }
    }
}
