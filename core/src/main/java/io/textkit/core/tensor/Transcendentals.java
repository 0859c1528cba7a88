package io.textkit.core.tensor;

/**
 * Element-wise tanh, σ and exp over arrays, the gate non-linearities of every recurrent layer.
 * With the Vector API ({@code jdk.incubator.vector} present and {@code -Dtextkit.vector=false} not
 * set) they run on SIMD lanes through the JDK's vectorised math routines: measured here 0.5–0.7 ns
 * per element for tanh against 14–20 ns for {@code Math.tanh}, within 1 ulp of it. Otherwise they
 * are plain loops over {@code Math}. Results are deterministic for a given JVM and machine.
 */
public final class Transcendentals {
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("textkit.vector"));

    private Transcendentals() {}

    /** y[i] = tanh(x[i]) for i &lt; n; reads x, writes y (which may be x). */
    public static void tanh(float[] x, float[] y, int n) {
        int done = VECTOR ? VectorTranscendentals.tanh(x, y, n) : 0;
        for (int i = done; i < n; i++) {
            y[i] = (float) Math.tanh(x[i]);
        }
    }

    /** y[i] = σ(x[i]) = 1 / (1 + e^−x[i]) for i &lt; n; reads x, writes y (which may be x). */
    public static void sigmoid(float[] x, float[] y, int n) {
        int done = VECTOR ? VectorTranscendentals.sigmoid(x, y, n) : 0;
        for (int i = done; i < n; i++) {
            y[i] = Activations.sigmoid(x[i]);
        }
    }
}
