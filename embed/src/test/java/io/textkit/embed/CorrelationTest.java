package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CorrelationTest {

    @Test
    void tiesShareTheAverageOfTheirRanks() {
        assertArrayEquals(new double[] {1.5, 4, 1.5, 6, 4, 4},
                Correlation.ranks(new double[] {10, 20, 10, 30, 20, 20}));
    }

    @Test
    void spearmanWithTiesMatchesTheHandComputation() {
        // Ranks x: 1, 2.5, 2.5, 4; y: 1, 3, 2, 4. Deviations from 2.5: x (−1.5, 0, 0, 1.5),
        // y (−1.5, .5, −.5, 1.5); Σxy = 4.5, Σx² = 4.5, Σy² = 5, ρ = 4.5/√22.5 (scipy: 0.9486833).
        assertEquals(4.5 / Math.sqrt(22.5),
                Correlation.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}), 1e-12);
        assertEquals(-1, Correlation.spearman(new double[] {1, 2, 3}, new double[] {30, 20, 10}), 1e-12);
    }

    @Test
    void pearsonKnownAnswerAndDegenerateCases() {
        // x = (1, 2, 3), y = (1, 4, 4): deviations (−1, 0, 1) and (−2, 1, 1); Σxy = 3, Σx² = 2,
        // Σy² = 6, r = 3/√12.
        assertEquals(3 / Math.sqrt(12), Correlation.pearson(new double[] {1, 2, 3}, new double[] {1, 4, 4}), 1e-12);
        assertEquals(Double.NaN, Correlation.pearson(new double[] {1}, new double[] {2}));
        assertEquals(Double.NaN, Correlation.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
    }
}
