package io.textkit.classify;

/**
 * Dot product and axpy over rows stored inside flat {@code float[]} matrices, the two kernels of
 * fastText's training and prediction. They use the Vector API when the
 * {@code jdk.incubator.vector} module is present (and {@code -Dtextkit.vector=false} is not set),
 * plain loops otherwise.
 */
final class Rows {
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("textkit.vector"));

    private Rows() {}

    /** Returns Σ a[aOff+i]·b[bOff+i] for i &lt; n. */
    static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        if (VECTOR) {
            return VectorRows.dot(a, aOff, b, bOff, n);
        }
        float sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[aOff + i] * b[bOff + i];
        }
        return sum;
    }

    /** y[yOff+i] += g·x[xOff+i] for i &lt; n; reads x, modifies y. */
    static void axpy(float g, float[] x, int xOff, float[] y, int yOff, int n) {
        if (VECTOR) {
            VectorRows.axpy(g, x, xOff, y, yOff, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            y[yOff + i] += g * x[xOff + i];
        }
    }
}
