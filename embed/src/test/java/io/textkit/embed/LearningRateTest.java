package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LearningRateTest {
    @Test
    void decaysLinearlyFromAlphaToMinAlpha() {
        var rate = new LearningRate(0.025, 0.0001, 1_000_000);
        assertEquals(0.025f, rate.at(0));
        assertEquals(0.01255f, rate.at(500_000), 1e-7);
        assertEquals(0.0001f, rate.at(1_000_000), 1e-9);
        assertEquals(0.0001f, rate.at(5_000_000), 1e-9, "held at the end rate");
    }
}
