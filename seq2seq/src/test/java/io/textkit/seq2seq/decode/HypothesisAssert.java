package io.textkit.seq2seq.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Field-by-field equality of hypotheses (records compare their arrays by identity). */
final class HypothesisAssert {
    private HypothesisAssert() {}

    static void assertSameHypothesis(Hypothesis expected, Hypothesis actual) {
        assertArrayEquals(expected.tokens(), actual.tokens(), "tokens");
        assertEquals(expected.score(), actual.score(), 0, "score");
        assertEquals(expected.logProb(), actual.logProb(), 0, "logProb");
        assertArrayEquals(expected.tokenLogProbs(), actual.tokenLogProbs(), "token log-probabilities");
        assertArrayEquals(expected.alignment(), actual.alignment(), "alignment");
        if (expected.attention() == null) {
            assertEquals(null, actual.attention(), "attention");
        } else {
            assertEquals(expected.attention().length, actual.attention().length, "attention rows");
            for (int i = 0; i < expected.attention().length; i++) {
                assertArrayEquals(expected.attention()[i], actual.attention()[i], "attention row " + i);
            }
        }
    }

    static void assertSameHypotheses(List<Hypothesis> expected, List<Hypothesis> actual) {
        assertEquals(expected.size(), actual.size(), "number of hypotheses");
        for (int i = 0; i < expected.size(); i++) {
            assertSameHypothesis(expected.get(i), actual.get(i));
        }
    }
}
