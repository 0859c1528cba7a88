package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Metrics on a confusion matrix worked out by hand. */
class EvaluationTest {
    @Test
    void metricsMatchHandComputedValues() {
        // gold \ predicted   a  b  c
        //   a                5  1  0
        //   b                2  3  1
        //   c                0  0  0   (never gold, predicted once)
        Evaluation e = new Evaluation(List.of("a", "b", "c"), new long[][] {{5, 1, 0}, {2, 3, 1}, {0, 0, 0}});
        assertEquals(12, e.total());
        assertEquals(8.0 / 12, e.accuracy(), 1e-12);
        assertEquals(5.0 / 7, e.precision(0), 1e-12);
        assertEquals(5.0 / 6, e.recall(0), 1e-12);
        assertEquals(3.0 / 4, e.precision(1), 1e-12);
        assertEquals(3.0 / 6, e.recall(1), 1e-12);
        assertEquals(0, e.precision(2));
        assertEquals(0, e.recall(2));
        double f1a = 2 * (5.0 / 7) * (5.0 / 6) / (5.0 / 7 + 5.0 / 6); // 10/13
        double f1b = 2 * 0.75 * 0.5 / 1.25; // 0.6
        assertEquals(10.0 / 13, e.f1(0), 1e-12);
        assertEquals(0.6, e.f1(1), 1e-12);
        assertEquals((f1a + f1b + 0) / 3, e.macroF1(), 1e-12);
    }
}
