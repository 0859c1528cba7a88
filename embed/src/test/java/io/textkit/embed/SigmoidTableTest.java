package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SigmoidTableTest {
    @Test
    void tableIsAtMostThreeThousandthsBelowTheTrueSigmoid() {
        double worst = 0;
        for (float f = -5.999f; f < 5.999f; f += 0.0007f) {
            double exact = 1 / (1 + Math.exp(-f));
            double error = exact - SigmoidTable.sigmoid(f);
            assertTrue(error > -1e-6, "the table reads a step's left edge, so never above σ: f=" + f);
            worst = Math.max(worst, error);
        }
        assertTrue(worst <= 0.003, "worst error " + worst);
        assertTrue(worst > 0.002, "a 0.012-wide step near f=0 should be ~0.003 off, was " + worst);
    }

    @Test
    void clampedSaturatesOutsideTheTable() {
        assertEquals(1f, SigmoidTable.clamped(6f));
        assertEquals(1f, SigmoidTable.clamped(40f));
        assertEquals(0f, SigmoidTable.clamped(-6f));
        assertEquals(0.5f, SigmoidTable.clamped(0.001f), 0.004f);
    }
}
