package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Layers built from the same seed are bit-identical; a different seed gives different values. */
class SameSeedSameLayerTest {
    private static void assertSeedDecides(LongFunction<Module> build) {
        Map<String, FMatrixRMaj> a = build.apply(17).state();
        Map<String, FMatrixRMaj> b = build.apply(17).state();
        Map<String, FMatrixRMaj> c = build.apply(18).state();
        assertEquals(a.keySet(), b.keySet());
        boolean anyDiffers = false;
        for (String name : a.keySet()) {
            // Bit patterns, so that even −0 and +0 would count as different.
            assertArrayEquals(bits(a.get(name).data), bits(b.get(name).data), name);
            anyDiffers |= !Arrays.equals(a.get(name).data, c.get(name).data);
        }
        assertTrue(anyDiffers, "another seed should give other values");
    }

    private static int[] bits(float[] values) {
        int[] out = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = Float.floatToRawIntBits(values[k]);
        }
        return out;
    }

    @Test
    void initialisationIsDeterminedByTheSeed() {
        assertSeedDecides(seed -> new Linear(7, 5, true, new Random(seed)));
        assertSeedDecides(seed -> new Embedding(9, 4, 0, new Random(seed)));
        assertSeedDecides(seed -> new Conv1d(3, 4, 3, new Random(seed)));
        assertSeedDecides(seed -> new Maxout(5, 3, 2, new Random(seed)));
    }

    @Test
    void dropoutMasksAreDeterminedByTheSeed() {
        Tensor x = TestValues.awayFromZero(6, 5, new Random(1));
        DropoutLayer a = new DropoutLayer(0.5f, 23);
        DropoutLayer b = new DropoutLayer(0.5f, 23);
        DropoutLayer c = new DropoutLayer(0.5f, 24);
        float[] first = a.forward(x).data();
        assertArrayEquals(first, b.forward(x).data());
        assertFalse(Arrays.equals(first, c.forward(x).data()));
        float[] second = a.forward(x).data();
        assertFalse(Arrays.equals(first, second), "each call draws a new mask");
        assertArrayEquals(second, b.forward(x).data());
    }
}
