package io.textkit.embed;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PathKernels} with the Vector API: full vectors of the preferred species, then 4-lane
 * vectors, then scalars (at dimension 100 and 16 lanes: six vectors, one of 4 lanes, no scalar).
 * The 4-lane step replaces a scalar loop that did as many instructions per node as the six wide
 * vectors; it is not a masked wide vector, whose results depended on whether the code was
 * interpreted or compiled (one thread and one seed no longer gave the same bits). Loaded only when
 * the module is present.
 */
final class VectorPathKernels {
    private static final VectorSpecies<Float> WIDE = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> NARROW = FloatVector.SPECIES_128;

    private VectorPathKernels() {}

    /** Two rows per sweep over h: one load of h feeds both, and the two reductions overlap. */
    static void scores(float[] in, int inOff, float[] out, int[] rows, int n, float[] f, int dim) {
        int wide = WIDE.loopBound(dim);
        int narrow = wide + NARROW.loopBound(dim - wide);
        int k = 0;
        for (; k + 1 < n; k += 2) {
            int r0 = rows[k];
            int r1 = rows[k + 1];
            var s0 = FloatVector.zero(WIDE);
            var s1 = FloatVector.zero(WIDE);
            int i = 0;
            for (; i < wide; i += WIDE.length()) {
                var h = FloatVector.fromArray(WIDE, in, inOff + i);
                s0 = h.fma(FloatVector.fromArray(WIDE, out, r0 + i), s0);
                s1 = h.fma(FloatVector.fromArray(WIDE, out, r1 + i), s1);
            }
            float f0 = s0.reduceLanes(VectorOperators.ADD);
            float f1 = s1.reduceLanes(VectorOperators.ADD);
            if (i < narrow) {
                var t0 = FloatVector.zero(NARROW);
                var t1 = FloatVector.zero(NARROW);
                for (; i < narrow; i += NARROW.length()) {
                    var h = FloatVector.fromArray(NARROW, in, inOff + i);
                    t0 = h.fma(FloatVector.fromArray(NARROW, out, r0 + i), t0);
                    t1 = h.fma(FloatVector.fromArray(NARROW, out, r1 + i), t1);
                }
                f0 += t0.reduceLanes(VectorOperators.ADD);
                f1 += t1.reduceLanes(VectorOperators.ADD);
            }
            for (; i < dim; i++) {
                f0 += in[inOff + i] * out[r0 + i];
                f1 += in[inOff + i] * out[r1 + i];
            }
            f[k] = f0;
            f[k + 1] = f1;
        }
        if (k < n) {
            int r = rows[k];
            var s = FloatVector.zero(WIDE);
            int i = 0;
            for (; i < wide; i += WIDE.length()) {
                s = FloatVector.fromArray(WIDE, in, inOff + i).fma(FloatVector.fromArray(WIDE, out, r + i), s);
            }
            float f0 = s.reduceLanes(VectorOperators.ADD);
            if (i < narrow) {
                var t = FloatVector.zero(NARROW);
                for (; i < narrow; i += NARROW.length()) {
                    t = FloatVector.fromArray(NARROW, in, inOff + i).fma(FloatVector.fromArray(NARROW, out, r + i), t);
                }
                f0 += t.reduceLanes(VectorOperators.ADD);
            }
            for (; i < dim; i++) {
                f0 += in[inOff + i] * out[r + i];
            }
            f[k] = f0;
        }
    }

    /**
     * One slice of h and err at a time, held in registers down the whole path. The two vector loops
     * are written out, not one method taking the species: a species that is not a compile-time
     * constant where the vectors are made sends the Vector API to its allocating fallback.
     */
    static void update(float[] in, int inOff, float[] out, int[] rows, float[] g, int n, float[] err, int dim) {
        int wide = WIDE.loopBound(dim);
        int narrow = wide + NARROW.loopBound(dim - wide);
        int i = 0;
        for (; i < wide; i += WIDE.length()) {
            var h = FloatVector.fromArray(WIDE, in, inOff + i);
            var e = FloatVector.fromArray(WIDE, err, i);
            for (int k = 0; k < n; k++) {
                var gv = FloatVector.broadcast(WIDE, g[k]);
                int at = rows[k] + i;
                var u = FloatVector.fromArray(WIDE, out, at);
                e = u.fma(gv, e);
                h.fma(gv, u).intoArray(out, at);
            }
            e.intoArray(err, i);
        }
        for (; i < narrow; i += NARROW.length()) {
            var h = FloatVector.fromArray(NARROW, in, inOff + i);
            var e = FloatVector.fromArray(NARROW, err, i);
            for (int k = 0; k < n; k++) {
                var gv = FloatVector.broadcast(NARROW, g[k]);
                int at = rows[k] + i;
                var u = FloatVector.fromArray(NARROW, out, at);
                e = u.fma(gv, e);
                h.fma(gv, u).intoArray(out, at);
            }
            e.intoArray(err, i);
        }
        for (; i < dim; i++) {
            float h = in[inOff + i];
            float e = err[i];
            for (int k = 0; k < n; k++) {
                int at = rows[k] + i;
                float u = out[at];
                e += g[k] * u;
                out[at] = u + g[k] * h;
            }
            err[i] = e;
        }
    }
}
