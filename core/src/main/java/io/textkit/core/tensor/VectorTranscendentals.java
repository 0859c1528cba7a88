package io.textkit.core.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Transcendentals} on Vector API lanes; loaded only when the module is present. Each method
 * handles the whole lanes and returns how many elements it did; the caller finishes the tail.
 */
final class VectorTranscendentals {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private VectorTranscendentals() {}

    static int tanh(float[] x, float[] y, int n) {
        int bound = SPECIES.loopBound(n);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, x, i).lanewise(VectorOperators.TANH).intoArray(y, i);
        }
        return bound;
    }

    /** σ(x) = 1 / (1 + e^−x); e^−x overflows to +∞ for x ≪ 0, giving exactly 0, as it should. */
    static int sigmoid(float[] x, float[] y, int n) {
        int bound = SPECIES.loopBound(n);
        FloatVector one = FloatVector.broadcast(SPECIES, 1f);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector e = FloatVector.fromArray(SPECIES, x, i).neg().lanewise(VectorOperators.EXP);
            one.div(one.add(e)).intoArray(y, i);
        }
        return bound;
    }
}
