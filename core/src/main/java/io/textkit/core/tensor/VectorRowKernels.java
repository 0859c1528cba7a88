package io.textkit.core.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowKernels} with the Vector API: full lanes of the preferred species, then a scalar tail (at
 * dimension 100 and 16 lanes: six vectors and four scalars). Loaded only when the module is present.
 * Skip-gram with negative sampling on the benchmark corpus, dimension 100, in words per CPU-second
 * (one run each on a shared machine): 512-bit lanes 401k, 256-bit 358k, plain loops 136k (C2 does
 * not vectorise the float dot product's reduction), so the preferred species it is.
 */
final class VectorRowKernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private VectorRowKernels() {}

    static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        int bound = SPECIES.loopBound(n);
        var sum = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i < bound; i += SPECIES.length()) {
            sum = FloatVector.fromArray(SPECIES, a, aOff + i).fma(FloatVector.fromArray(SPECIES, b, bOff + i), sum);
        }
        float s = sum.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    static void axpy(float g, float[] x, int xOff, float[] y, int yOff, int n) {
        int bound = SPECIES.loopBound(n);
        var gv = FloatVector.broadcast(SPECIES, g);
        int i = 0;
        for (; i < bound; i += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, x, xOff + i).fma(gv, FloatVector.fromArray(SPECIES, y, yOff + i))
                    .intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] += g * x[xOff + i];
        }
    }

    static void update(float g, float[] out, int outOff, float[] in, int inOff, float[] err, int n) {
        int bound = SPECIES.loopBound(n);
        var gv = FloatVector.broadcast(SPECIES, g);
        int i = 0;
        for (; i < bound; i += SPECIES.length()) {
            var u = FloatVector.fromArray(SPECIES, out, outOff + i);
            u.fma(gv, FloatVector.fromArray(SPECIES, err, i)).intoArray(err, i);
            FloatVector.fromArray(SPECIES, in, inOff + i).fma(gv, u).intoArray(out, outOff + i);
        }
        for (; i < n; i++) {
            float u = out[outOff + i];
            err[i] += g * u;
            out[outOff + i] = u + g * in[inOff + i];
        }
    }
}
