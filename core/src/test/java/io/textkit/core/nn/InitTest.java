package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each initialiser draws from the distribution its fan-in and fan-out call for. */
class InitTest {
    private static double variance(Tensor t) {
        double sum = 0;
        double sq = 0;
        for (float v : t.data()) {
            sum += v;
            sq += (double) v * v;
        }
        int n = t.data().length;
        return sq / n - (sum / n) * (sum / n);
    }

    private static float maxAbs(Tensor t) {
        float m = 0;
        for (float v : t.data()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @Test
    void glorotUniformHasVarianceTwoOverFanInPlusFanOut() {
        Tensor w = Init.glorotUniform(200, 100, new Random(1));
        assertTrue(w.requiresGrad());
        assertTrue(maxAbs(w) <= Math.sqrt(6.0 / 300));
        assertEquals(2.0 / 300, variance(w), 0.03 * 2.0 / 300);
    }

    @Test
    void heHasVarianceTwoOverFanIn() {
        Tensor uniform = Init.heUniform(200, 100, new Random(1));
        assertTrue(maxAbs(uniform) <= Math.sqrt(6.0 / 200));
        assertEquals(2.0 / 200, variance(uniform), 0.03 * 2.0 / 200);
        assertEquals(2.0 / 200, variance(Init.heNormal(200, 100, new Random(1))), 0.03 * 2.0 / 200);
    }

    @Test
    void uniformZerosAndConstant() {
        assertTrue(maxAbs(Init.uniform(10, 10, 0.1f, new Random(1))) <= 0.1f);
        assertArrayEquals(new float[6], Init.zeros(2, 3).data());
        assertArrayEquals(new float[] {0.25f, 0.25f}, Init.constant(1, 2, 0.25f).data());
    }
}
