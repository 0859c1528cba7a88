package io.textkit.classify;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link Rows} with the Vector API: whole vectors of the preferred species, then a scalar tail. */
final class VectorRows {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private VectorRows() {}

    static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        int end = SPECIES.loopBound(n);
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i < end; i += SPECIES.length()) {
            acc = FloatVector.fromArray(SPECIES, a, aOff + i).fma(FloatVector.fromArray(SPECIES, b, bOff + i), acc);
        }
        float sum = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum += a[aOff + i] * b[bOff + i];
        }
        return sum;
    }

    static void axpy(float g, float[] x, int xOff, float[] y, int yOff, int n) {
        int end = SPECIES.loopBound(n);
        FloatVector scale = FloatVector.broadcast(SPECIES, g);
        int i = 0;
        for (; i < end; i += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, x, xOff + i)
                    .fma(scale, FloatVector.fromArray(SPECIES, y, yOff + i))
                    .intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] += g * x[xOff + i];
        }
    }
}
