package io.textkit.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EarlyStoppingTest {
    @Test
    void stopsAfterPatienceEvaluationsWithoutImprovement() {
        EarlyStopping stop = new EarlyStopping(true, 2, 0.0);
        assertTrue(stop.update(0, 0.70));
        assertTrue(stop.update(1, 0.75));
        assertFalse(stop.update(2, 0.74));
        assertFalse(stop.shouldStop());
        assertFalse(stop.update(3, 0.75), "equal is not better");
        assertTrue(stop.shouldStop());
        assertEquals(0.75, stop.best());
        assertEquals(1, stop.bestEpoch());
    }

    @Test
    void lowerIsBetterForLossesAndMinDeltaCounts() {
        EarlyStopping stop = new EarlyStopping(false, 1, 0.01);
        stop.update(0, 1.0);
        assertFalse(stop.update(1, 0.995), "an improvement smaller than minDelta does not count");
        assertTrue(stop.shouldStop());
    }

    @Test
    void anEqualMetricWithALowerLossIsTheNewBest() {
        EarlyStopping stop = new EarlyStopping(true, 2, 0.0);
        assertTrue(stop.update(1, 1.0, 0.40));
        assertTrue(stop.update(2, 1.0, 0.20), "same accuracy, lower loss");
        assertFalse(stop.update(3, 1.0, 0.30), "same accuracy, higher loss");
        assertFalse(stop.update(4, 0.9, 0.01), "a lower loss does not make up for a worse metric");
        assertTrue(stop.shouldStop());
        assertEquals(2, stop.bestEpoch());
    }

    @Test
    void aNaNMetricIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(true, 1, 0).update(0, Double.NaN));
    }
}
