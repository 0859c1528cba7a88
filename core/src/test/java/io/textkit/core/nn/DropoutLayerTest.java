package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textkit.core.tensor.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Dropout zeroes and rescales in training mode and is the identity in evaluation mode. */
class DropoutLayerTest {
    @Test
    void trainingKeepsAboutOneMinusPAndScalesTheKeptByItsInverse() {
        float p = 0.3f;
        Tensor ones = Tensor.of(100, 100, filled(100 * 100, 1f));
        float[] y = new DropoutLayer(p, 5).forward(ones).data();
        int kept = 0;
        for (float v : y) {
            if (v != 0) {
                assertEquals(1 / (1 - p), v, 1e-6f);
                kept++;
            }
        }
        // 10 000 Bernoulli(0.7) draws: the standard deviation of the kept fraction is about 0.005.
        assertEquals(1 - p, kept / 10_000.0, 0.02);
    }

    @Test
    void evaluationIsTheIdentity() {
        DropoutLayer dropout = new DropoutLayer(0.5f, 5);
        dropout.train(false);
        Tensor x = Tensor.of(2, 2, 1, 2, 3, 4);
        assertSame(x, dropout.forward(x));
    }

    @Test
    void probabilityOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DropoutLayer(1f, 5));
        assertThrows(IllegalArgumentException.class, () -> new DropoutLayer(-0.1f, 5));
    }

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        Arrays.fill(a, v);
        return a;
    }
}
