package io.textkit.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark compares equal work: both steps give the same losses and the same weights. */
class MlpStepTest {
    @Test
    void handWrittenStepEqualsTheAutodiffStep() {
        MlpStep byGraph = new MlpStep(8, 12, 6, 3, 4);
        MlpStep byHand = new MlpStep(8, 12, 6, 3, 4);
        for (int i = 0; i < 5; i++) {
            assertEquals(byGraph.autodiff(), byHand.handWritten(), 1e-5f);
        }
        assertArrayEquals(byGraph.w1.data(), byHand.w1.data(), 1e-5f);
        assertArrayEquals(byGraph.b2.data(), byHand.b2.data(), 1e-5f);
    }
}
