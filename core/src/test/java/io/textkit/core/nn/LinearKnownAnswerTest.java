package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Linear computes x·W + b, checked on a 2×2 example worked by hand. */
class LinearKnownAnswerTest {
    private static Linear handSet() {
        Linear linear = new Linear(2, 2, true, new Random(1));
        System.arraycopy(new float[] {0.5f, -1f, 2f, 0.25f}, 0, linear.weight().data(), 0, 4);
        System.arraycopy(new float[] {0.1f, -0.2f}, 0, linear.bias().data(), 0, 2);
        return linear;
    }

    @Test
    void forwardIsXTimesWPlusB() {
        Tensor x = Tensor.of(new float[][] {{1, 2}, {3, 4}});
        // [1 2]·[0.5 −1; 2 0.25] = [4.5 −0.5], [3 4]·… = [9.5 −2]; plus b = [0.1 −0.2].
        assertArrayEquals(new float[] {4.6f, -0.7f, 9.6f, -2.2f}, handSet().forward(x).data(), 1e-6f);
    }

    @Test
    void gradientOfTheSumIsXTransposedTimesOnes() {
        Linear linear = handSet();
        Tensor x = Tensor.of(new float[][] {{1, 2}, {3, 4}});
        Reductions.sum(linear.forward(x)).backward();
        // ∂W[i][j] = Σ_rows x[r][i]: column sums of x, [4 4; 6 6]; ∂b[j] = number of rows.
        assertArrayEquals(new float[] {4, 4, 6, 6}, linear.weight().grad().data, 1e-6f);
        assertArrayEquals(new float[] {2, 2}, linear.bias().grad().data, 1e-6f);
    }

    @Test
    void withoutBiasThereIsOnlyAWeight() {
        Linear linear = new Linear(3, 2, false, new Random(1));
        assertNull(linear.bias());
        assertEquals(1, linear.parameters().size());
        assertEquals(2, linear.forward(Tensor.zeros(4, 3)).cols());
    }

    @Test
    void glorotBoundHoldsAndBiasStartsAtZero() {
        Linear linear = new Linear(30, 20, true, new Random(2));
        float bound = (float) Math.sqrt(6.0 / 50);
        for (float w : linear.weight().data()) {
            assertTrue(Math.abs(w) <= bound);
        }
        assertArrayEquals(new float[20], linear.bias().data());
    }

    @Test
    void aWrongInputWidthIsNamed() {
        Linear linear = new Linear(3, 2, true, new Random(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> linear.forward(Tensor.zeros(4, 5)));
        assertEquals("Linear expects 3 input features, got 4×5", e.getMessage());
    }
}
