package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeepProbabilityTest {

    /** Counts 900, 90, 10 after one special: T = 1000. */
    private static Vocabulary vocabulary() {
        Vocabulary.Counter counter = Vocabulary.counter();
        counter.add("a", 900);
        counter.add("b", 90);
        counter.add("c", 10);
        return counter.build(1, 0, List.of(Vocabulary.UNK));
    }

    @Test
    void keepProbabilitiesFollowTheWord2vecFormula() {
        // s·T = 0.001 · 1000 = 1, keep = (sqrt(f) + 1) / f:
        // a: 31/900 = 0.034444, b: (9.486833 + 1)/90 = 0.116520, c: (3.162278 + 1)/10 = 0.416228.
        float[] keep = vocabulary().keepProbabilities(0.001);
        assertEquals(0f, keep[0]);
        assertEquals(0.034444f, keep[1], 1e-6f);
        assertEquals(0.116520f, keep[2], 1e-6f);
        assertEquals(0.416228f, keep[3], 1e-6f);
    }

    @Test
    void keepProbabilityIsCappedAtOne() {
        // s·T = 10: a: (sqrt(90) + 1)·10/900 = 0.116520, b: (sqrt(9) + 1)·10/90 = 0.444444, c: (1 + 1)·10/10 = 2 → 1.
        float[] keep = vocabulary().keepProbabilities(0.01);
        assertEquals(0.116520f, keep[1], 1e-6f);
        assertEquals(0.444444f, keep[2], 1e-6f);
        assertEquals(1f, keep[3]);
    }

    @Test
    void noSamplingKeepsEveryWordButNoSpecial() {
        assertArrayEquals(new float[] {0f, 1f, 1f, 1f}, vocabulary().keepProbabilities(0));
    }
}
