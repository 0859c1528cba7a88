package io.textkit.embed;

/**
 * σ(f) = 1 / (1 + e^−f) read from a table, as the C tool does: {@value #SIZE} steps over
 * [−{@value #MAX_EXP}, {@value #MAX_EXP}), each holding σ at its left edge. A step is 0.012 wide
 * and σ′ ≤ ¼, so a lookup is at most 0.003 below the true value.
 */
final class SigmoidTable {
    static final int SIZE = 1000;
    static final float MAX_EXP = 6;
    private static final float SCALE = SIZE / MAX_EXP / 2;
    private static final float[] TABLE = new float[SIZE + 1];

    static {
        for (int i = 0; i <= SIZE; i++) {
            double e = Math.exp((i / (double) SIZE * 2 - 1) * MAX_EXP);
            TABLE[i] = (float) (e / (e + 1));
        }
    }

    private SigmoidTable() {}

    /** σ(f) for −MAX_EXP &lt; f &lt; MAX_EXP; the caller handles larger |f|. */
    static float sigmoid(float f) {
        return TABLE[(int) ((f + MAX_EXP) * SCALE)];
    }

    /** σ(f), saturated to exactly 0 or 1 beyond ±MAX_EXP (negative sampling's rule in the C tool). */
    static float clamped(float f) {
        return f >= MAX_EXP ? 1f : f <= -MAX_EXP ? 0f : sigmoid(f);
    }
}
