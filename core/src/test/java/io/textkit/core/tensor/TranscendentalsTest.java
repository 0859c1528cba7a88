package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The vectorised tanh and σ agree with {@code Math} to a few ulps over the whole range, tails included. */
class TranscendentalsTest {
    @Test
    void tanhAndSigmoidMatchTheScalarFunctions() {
        Random random = new Random(9);
        int n = 1000 + 7;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextGaussian() * 10);
        }
        x[0] = 0f;
        x[1] = -0f;
        x[2] = 100f;
        x[3] = -100f;
        x[4] = 1e-30f;
        float[] tanh = new float[n];
        float[] sigmoid = new float[n];
        Transcendentals.tanh(x, tanh, n);
        Transcendentals.sigmoid(x, sigmoid, n);
        for (int i = 0; i < n; i++) {
            float t = (float) Math.tanh(x[i]);
            float s = (float) (1 / (1 + Math.exp(-x[i])));
            assertTrue(Math.abs(tanh[i] - t) <= 2 * Math.ulp(t) + 1e-38f, "tanh(" + x[i] + ") = " + tanh[i] + ", not " + t);
            assertTrue(Math.abs(sigmoid[i] - s) <= 4 * Math.ulp(s) + 1e-38f, "σ(" + x[i] + ") = " + sigmoid[i] + ", not " + s);
        }
        assertEquals(1f, tanh[2]);
        assertEquals(0f, sigmoid[3]);
        assertEquals(1f, sigmoid[2]);
    }

    @Test
    void inPlaceWorks() {
        float[] x = {-2f, -1f, 0f, 1f, 2f};
        float[] expected = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            expected[i] = (float) Math.tanh(x[i]);
        }
        Transcendentals.tanh(x, x, x.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(expected[i], x[i], 2 * Math.ulp(expected[i]));
        }
    }
}
