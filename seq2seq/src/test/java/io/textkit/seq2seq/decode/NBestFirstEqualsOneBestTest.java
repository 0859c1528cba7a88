package io.textkit.seq2seq.decode;

import static io.textkit.seq2seq.decode.HypothesisAssert.assertSameHypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The first of an n-best list is the 1-best, and the list is sorted best first. */
class NBestFirstEqualsOneBestTest {
    private static final int[][] SOURCES = {{3, 4, 5}, {6}, {7, 8, 9, 10}};

    @Test
    void firstOfNBestEqualsOneBestAndListIsSorted() {
        for (LengthPenalty penalty : LengthPenalty.values()) {
            for (long seed = 1; seed <= 10; seed++) {
                ScriptedModel model = ScriptedModel.hashed(12, seed, 1.5);
                DecodeLimits limits = new DecodeLimits(0, 15, 0, 0);
                List<List<Hypothesis>> oneBest =
                        new BeamSearch<>(model, new BeamOptions(4, 1, penalty, 1.0, limits)).decode(SOURCES);
                List<List<Hypothesis>> nBest =
                        new BeamSearch<>(model, new BeamOptions(4, 4, penalty, 1.0, limits)).decode(SOURCES);
                for (int s = 0; s < SOURCES.length; s++) {
                    assertEquals(1, oneBest.get(s).size());
                    assertEquals(4, nBest.get(s).size());
                    assertSameHypothesis(oneBest.get(s).get(0), nBest.get(s).get(0));
                    for (int i = 1; i < 4; i++) {
                        assertTrue(nBest.get(s).get(i - 1).score() >= nBest.get(s).get(i).score());
                    }
                }
            }
        }
    }
}
