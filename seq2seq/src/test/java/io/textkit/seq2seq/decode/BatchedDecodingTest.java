package io.textkit.seq2seq.decode;

import static io.textkit.seq2seq.decode.HypothesisAssert.assertSameHypotheses;
import static io.textkit.seq2seq.decode.HypothesisAssert.assertSameHypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding several sentences as one batch gives what decoding each alone gives, in one step call a step. */
class BatchedDecodingTest {
    private static final int[][] SOURCES = {{3, 4, 5}, {6}, {7, 8, 9, 10, 11, 12, 13}, {4, 4}, {9, 3, 2, 8}};

    @Test
    void batchedBeamEqualsEachSentenceAlone() {
        BeamOptions options = new BeamOptions(3, 3, LengthPenalty.WU, 0.8, new DecodeLimits(1, 25, 2.0, 2));
        for (long seed = 1; seed <= 10; seed++) {
            ScriptedModel model = ScriptedModel.hashed(10, seed, 1.0);
            List<List<Hypothesis>> batched = new BeamSearch<>(model, options).decode(SOURCES);
            for (int s = 0; s < SOURCES.length; s++) {
                List<Hypothesis> alone = new BeamSearch<>(model, options).decode(new int[][] {SOURCES[s]}).get(0);
                assertSameHypotheses(alone, batched.get(s));
            }
        }
    }

    @Test
    void batchedGreedyEqualsEachSentenceAlone() {
        DecodeLimits limits = new DecodeLimits(0, 25, 2.0, 0);
        for (long seed = 1; seed <= 10; seed++) {
            ScriptedModel model = ScriptedModel.hashed(10, seed, 1.0);
            List<Hypothesis> batched = new GreedySearch<>(model, limits).decode(SOURCES);
            for (int s = 0; s < SOURCES.length; s++) {
                assertSameHypothesis(new GreedySearch<>(model, limits).decode(new int[][] {SOURCES[s]}).get(0), batched.get(s));
            }
        }
    }

    @Test
    void batchedBeamCallsTheModelOncePerStep() {
        ScriptedModel model = ScriptedModel.hashed(10, 3, 0.2);
        DecodeLimits limits = new DecodeLimits(0, 12, 0, 0);
        List<List<Hypothesis>> out = new BeamSearch<>(model, new BeamOptions(4, 1, LengthPenalty.NONE, 0, limits)).decode(SOURCES);
        int longest = out.stream().flatMap(List::stream).mapToInt(Hypothesis::length).max().orElseThrow();
        assertTrue(model.steps <= 13, "steps " + model.steps + " for hypotheses of at most 13 tokens");
        assertTrue(model.steps >= longest);
        assertEquals(SOURCES.length, out.size());
    }
}
