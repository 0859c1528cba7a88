package io.textkit.core.tensor;

/**
 * The kernels of the models that train with their own loops (word2vec, fastText) over rows stored
 * inside flat {@code float[]} matrices: a dot product, axpy, and the fused pair of axpy updates of an
 * output layer. They use the Vector API when the {@code jdk.incubator.vector}
 * module is present (and {@code -Dtextkit.vector=false} is not set), plain loops otherwise.
 */
public final class RowKernels {
    public static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("textkit.vector"));

    private RowKernels() {}

    /** Returns Σ a[aOff+i]·b[bOff+i] for i &lt; n. */
    public static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        if (VECTOR) {
            return VectorRowKernels.dot(a, aOff, b, bOff, n);
        }
        float s = 0;
        for (int i = 0; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    /** y[yOff+i] += g·x[xOff+i] for i &lt; n; reads x, modifies y. */
    public static void axpy(float g, float[] x, int xOff, float[] y, int yOff, int n) {
        if (VECTOR) {
            VectorRowKernels.axpy(g, x, xOff, y, yOff, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            y[yOff + i] += g * x[xOff + i];
        }
    }

    /**
     * The output-layer step of one (input, output-row) pair, both axpys in one pass so the output
     * row is loaded once: err += g·u, then u += g·h, where u is {@code out[outOff..]} and h is
     * {@code in[inOff..]}. The error takes u's value before its update. Reads in, modifies out and err.
     */
    public static void update(float g, float[] out, int outOff, float[] in, int inOff, float[] err, int n) {
        if (VECTOR) {
            VectorRowKernels.update(g, out, outOff, in, inOff, err, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            float u = out[outOff + i];
            err[i] += g * u;
            out[outOff + i] = u + g * in[inOff + i];
        }
    }
}
