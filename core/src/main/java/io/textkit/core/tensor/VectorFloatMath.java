package io.textkit.core.tensor;

import static io.textkit.core.tensor.FloatMath.C2;
import static io.textkit.core.tensor.FloatMath.C3;
import static io.textkit.core.tensor.FloatMath.C4;
import static io.textkit.core.tensor.FloatMath.C5;
import static io.textkit.core.tensor.FloatMath.C6;
import static io.textkit.core.tensor.FloatMath.C7;
import static io.textkit.core.tensor.FloatMath.EXP_LIMIT;
import static io.textkit.core.tensor.FloatMath.LN2_HI;
import static io.textkit.core.tensor.FloatMath.LN2_LO;
import static io.textkit.core.tensor.FloatMath.LOG2_E;
import static io.textkit.core.tensor.FloatMath.ROUND;
import static io.textkit.core.tensor.FloatMath.TANH_IDENTITY;
import static io.textkit.core.tensor.FloatMath.TANH_LIMIT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The array forms of {@link FloatMath} on the Vector API: the scalar forms' operations, lane by lane
 * (FMA, min/max, division, exact float-to-int conversion of integers, integer shifts), so the same
 * bits. Each method fills whole vectors and returns how many elements it did; the caller finishes
 * the tail with the scalar form. Loaded only when the module is present.
 */
final class VectorFloatMath {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final FloatVector ONE = FloatVector.broadcast(SPECIES, 1f);

    private VectorFloatMath() {}

    static int sigmoid(float[] x, int xOff, float[] y, int yOff, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, x, xOff + i);
            FloatVector e = exp(v.abs().neg());
            e.blend(ONE, v.compare(VectorOperators.GE, 0f)).div(e.add(1f)).intoArray(y, yOff + i);
        }
        return bound;
    }

    static int tanh(float[] x, int xOff, float[] y, int yOff, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, x, xOff + i);
            FloatVector t = v.max(-TANH_LIMIT).min(TANH_LIMIT).mul(2f);
            FloatVector k = t.fma(LOG2_E, ROUND).sub(ROUND);
            FloatVector q = expm1Reduced(reduce(t, k));
            FloatVector scale = powerOfTwo(toInt(k));
            FloatVector m = scale.fma(q, scale.sub(1f));
            m.div(m.add(2f)).blend(v, v.abs().lt(TANH_IDENTITY)).intoArray(y, yOff + i);
        }
        return bound;
    }

    private static FloatVector exp(FloatVector x) {
        FloatVector a = x.max(-EXP_LIMIT).min(EXP_LIMIT);
        FloatVector k = a.fma(LOG2_E, ROUND).sub(ROUND);
        FloatVector r = reduce(a, k);
        IntVector n = toInt(k);
        IntVector half = n.lanewise(VectorOperators.ASHR, 1);
        return expm1Reduced(r).add(1f).mul(powerOfTwo(half)).mul(powerOfTwo(n.sub(half)));
    }

    private static FloatVector reduce(FloatVector x, FloatVector k) {
        FloatVector r = k.fma(FloatVector.broadcast(SPECIES, -LN2_HI), x);
        return k.fma(FloatVector.broadcast(SPECIES, -LN2_LO), r);
    }

    private static FloatVector expm1Reduced(FloatVector r) {
        FloatVector p = r.fma(C7, C6);
        p = r.fma(p, FloatVector.broadcast(SPECIES, C5));
        p = r.fma(p, FloatVector.broadcast(SPECIES, C4));
        p = r.fma(p, FloatVector.broadcast(SPECIES, C3));
        p = r.fma(p, FloatVector.broadcast(SPECIES, C2));
        return r.mul(r).fma(p, r);
    }

    private static IntVector toInt(FloatVector integral) {
        return (IntVector) integral.convert(VectorOperators.F2I, 0);
    }

    private static FloatVector powerOfTwo(IntVector n) {
        return n.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
    }
}
