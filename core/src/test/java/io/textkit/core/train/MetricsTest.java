package io.textkit.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void argmaxTakesTheFirstOfTiesAndAccuracyCounts() {
        Tensor logits = Tensor.of(3, 3, 0f, 2f, 1f, 5f, 5f, 0f, -1f, -2f, -0.5f);
        assertArrayEquals(new int[] {1, 0, 2}, Metrics.argmax(logits));
        assertEquals(2.0 / 3, Metrics.accuracy(logits, new int[] {1, 1, 2}));
    }
}
