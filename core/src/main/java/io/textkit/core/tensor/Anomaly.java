package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/**
 * Anomaly detection: when enabled, every op's output and every gradient flowing back is checked
 * for NaN and infinity, and the first one found is reported naming the op that produced it. Off by
 * default because it reads every value once more; trainers turn it on to explain a loss that went
 * NaN.
 */
public final class Anomaly {
    private static volatile boolean enabled;

    private Anomaly() {}

    public static boolean isEnabled() {
        return enabled;
    }

    public static void enable(boolean on) {
        enabled = on;
    }

    /** Throws {@link NonFiniteException} naming {@code op} if {@code m} holds a NaN or infinity. */
    public static void checkFinite(String op, String what, FMatrixRMaj m) {
        float[] d = m.data;
        int n = m.getNumElements();
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(d[i])) {
                throw new NonFiniteException(op, what, d[i], i / m.numCols, i % m.numCols, m.numRows, m.numCols);
            }
        }
    }
}
