package io.textkit.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textkit.core.tensor.Tensor;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {
    private static final double TOLERANCE = 1e-15;

    @Test
    void constantIsTheSameAtEveryStep() {
        LearningRateSchedule s = LearningRateSchedule.constant(0.3);
        assertEquals(0.3, s.at(0), TOLERANCE);
        assertEquals(0.3, s.at(1_000_000), TOLERANCE);
    }

    @Test
    void stepDecayMultipliesByGammaEveryNSteps() {
        LearningRateSchedule s = LearningRateSchedule.stepDecay(1.0, 0.5, 10);
        assertEquals(1.0, s.at(0), TOLERANCE);
        assertEquals(1.0, s.at(9), TOLERANCE);
        assertEquals(0.5, s.at(10), TOLERANCE);
        assertEquals(0.5, s.at(19), TOLERANCE);
        assertEquals(0.25, s.at(20), TOLERANCE);
        assertEquals(0.125, s.at(35), TOLERANCE);
    }

    @Test
    void exponentialMultipliesByGammaEveryStep() {
        LearningRateSchedule s = LearningRateSchedule.exponential(2.0, 0.9);
        assertEquals(2.0, s.at(0), TOLERANCE);
        assertEquals(1.8, s.at(1), 1e-12);
        assertEquals(2.0 * 0.729, s.at(3), 1e-12);
    }

    @Test
    void linearWarmupRisesToThePeakThenDecaysToZeroAtTheTotal() {
        // W = 4, T = 12, peak 1e-3: t/4 of the peak up to t = 4, then (12 − t)/8 of it
        LearningRateSchedule s = LearningRateSchedule.linearWarmupDecay(1e-3, 4, 12);
        assertEquals(0.0, s.at(0), TOLERANCE);
        assertEquals(0.25e-3, s.at(1), TOLERANCE);
        assertEquals(0.75e-3, s.at(3), TOLERANCE);
        assertEquals(1e-3, s.at(4), TOLERANCE);
        assertEquals(0.5e-3, s.at(8), TOLERANCE);
        assertEquals(0.125e-3, s.at(11), TOLERANCE);
        assertEquals(0.0, s.at(12), TOLERANCE);
        assertEquals(0.0, s.at(100), TOLERANCE);
    }

    @Test
    void linearWarmupDecayStopsAtTheFloor() {
        // peak 1, floor 0.2, W = 2, T = 6: after the peak 0.2 + 0.8·(6 − t)/4
        LearningRateSchedule s = LearningRateSchedule.linearWarmupDecay(1.0, 2, 6, 0.2);
        assertEquals(0.5, s.at(1), TOLERANCE);
        assertEquals(1.0, s.at(2), TOLERANCE);
        assertEquals(0.6, s.at(4), TOLERANCE);
        assertEquals(0.2, s.at(6), TOLERANCE);
        assertEquals(0.2, s.at(60), TOLERANCE);
    }

    @Test
    void withoutWarmupTheDecayStartsAtThePeak() {
        LearningRateSchedule s = LearningRateSchedule.linearWarmupDecay(1.0, 0, 4);
        assertEquals(1.0, s.at(0), TOLERANCE);
        assertEquals(0.75, s.at(1), TOLERANCE);
    }

    @Test
    void applyToSetsTheRateForTheOptimizersNextStep() {
        Tensor w = Tensor.parameter(FMatrixRMaj.wrap(1, 1, new float[] {0f}));
        Optimizer sgd = new Sgd(Map.of("w", w), 99, 0);
        LearningRateSchedule s = LearningRateSchedule.stepDecay(1.0, 0.5, 1);
        // with ∂/∂w = 1, each step moves w by −lr: −1, −0.5, −0.25
        float[] expected = {-1f, -1.5f, -1.75f};
        for (int step = 0; step < 3; step++) {
            s.applyTo(sgd);
            assertEquals(Math.pow(0.5, step), sgd.learningRate(), TOLERANCE);
            w.zeroGrad();
            w.gradForAccumulation().data[0] = 1f;
            sgd.step();
            assertEquals(expected[step], w.get(0, 0));
        }
        assertEquals(3, sgd.steps());
    }

    @Test
    void invalidSettingsAreRejectedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.linearWarmupDecay(1.0, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.linearWarmupDecay(1.0, 1, 10, 2.0));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.stepDecay(1.0, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.exponential(1.0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(Double.NaN));
    }
}
