package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Conv1d slides its window over time within each example of a time-major batch. */
class Conv1dWindowTest {
    @Test
    void windowsSpanConsecutiveStepsOfOneExample() {
        Conv1d conv = new Conv1d(1, 1, 2, new Random(1));
        System.arraycopy(new float[] {1, 2}, 0, conv.weight().data(), 0, 2);
        conv.bias().data()[0] = 0.5f;
        // Time-major, batch 2: example 0 is 1, 2, 3 and example 1 is 10, 20, 30.
        Tensor x = Tensor.of(6, 1, 1, 10, 2, 20, 3, 30);
        // y[t, b] = x[t, b]·1 + x[t+1, b]·2 + 0.5.
        assertArrayEquals(new float[] {5.5f, 50.5f, 8.5f, 80.5f}, conv.forward(x, 2).data(), 1e-6f);
    }

    @Test
    void outputHasTimeMinusWidthPlusOneSteps() {
        Conv1d conv = new Conv1d(3, 4, 3, new Random(1));
        Tensor y = conv.forward(Tensor.zeros(5 * 2, 3), 2);
        assertEquals("6×4", y.shape());
    }

    @Test
    void outputMaskKeepsWindowsThatStartOnARealStep() {
        Conv1d conv = new Conv1d(1, 1, 2, new Random(1));
        // Batch 2, 4 steps: example 0 has 3 tokens, example 1 has 1.
        float[] mask = {1, 1, 1, 0, 1, 0, 0, 0};
        assertArrayEquals(new float[] {1, 1, 1, 0, 1, 0}, conv.outputMask(mask, 2));
    }

    @Test
    void outputMaskKeepsWindowsThatCoverARealStepAfterLeadingPadding() {
        Conv1d conv = new Conv1d(1, 1, 2, new Random(1));
        // Batch 1, 7 steps: two padding steps, one token, four padding steps.
        float[] mask = {0, 0, 1, 0, 0, 0, 0};
        assertArrayEquals(new float[] {0, 1, 1, 0, 0, 0}, conv.outputMask(mask, 1));
    }

    @Test
    void uniformStartsWithinTheBoundAndWithZeroBias() {
        Conv1d conv = Conv1d.uniform(3, 4, 2, 0.01f, new Random(1));
        assertEquals("6×4", conv.weight().shape());
        float largest = 0;
        for (float w : conv.weight().data()) {
            largest = Math.max(largest, Math.abs(w));
        }
        assertTrue(largest > 0 && largest <= 0.01f, "largest |w| " + largest);
        assertArrayEquals(new float[4], conv.bias().data());
    }

    @Test
    void tooShortBatchesAndWrongChannelsAreRefused() {
        Conv1d conv = new Conv1d(3, 4, 3, new Random(1));
        assertThrows(IllegalArgumentException.class, () -> conv.forward(Tensor.zeros(2 * 2, 3), 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> conv.forward(Tensor.zeros(4 * 2, 2), 2));
        assertEquals("Conv1d expects 3 input channels, got 8×2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> conv.outputMask(new float[4], 2));
    }
}
