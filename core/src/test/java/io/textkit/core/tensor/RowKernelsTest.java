package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kernels against double-precision loops, at lengths with and without a vector tail. */
class RowKernelsTest {
    @Test
    void dotAxpyAndUpdateMatchPlainLoops() {
        for (int n : new int[] {1, 4, 16, 100, 300}) {
            float[] a = random(3 * n, n);
            float[] b = random(2 * n, n + 1);
            double expected = 0;
            for (int i = 0; i < n; i++) {
                expected += (double) a[n + i] * b[n + i];
            }
            assertEquals(expected, RowKernels.dot(a, n, b, n, n), 1e-5 * n, "dot n=" + n);

            float[] y = b.clone();
            RowKernels.axpy(0.3f, a, 2 * n, y, n, n);
            for (int i = 0; i < n; i++) {
                assertEquals(b[n + i] + 0.3 * a[2 * n + i], y[n + i], 1e-6, "axpy n=" + n);
            }

            float[] out = a.clone();
            float[] err = random(n, 7);
            float[] errBefore = err.clone();
            RowKernels.update(-0.2f, out, n, b, 0, err, n);
            for (int i = 0; i < n; i++) {
                assertEquals(errBefore[i] - 0.2 * a[n + i], err[i], 1e-6, "err n=" + n);
                assertEquals(a[n + i] - 0.2 * b[i], out[n + i], 1e-6, "out n=" + n);
            }
        }
    }

    /** {@code n} values uniform in [−0.5, 0.5) from {@code seed}. */
    private static float[] random(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = random.nextFloat() - 0.5f;
        }
        return data;
    }
}
