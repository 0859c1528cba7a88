package io.textkit.seq2seq.decode;

import static io.textkit.seq2seq.decode.HypothesisAssert.assertSameHypothesis;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A beam of width 1 takes greedy search's tokens and gives its scores, whatever the limits. */
class BeamWidthOneEqualsGreedyTest {
    private static final int[][] SOURCES = {{3, 4, 5}, {6}, {7, 8, 9, 10, 11, 12}, {4, 4}, {}};

    @Test
    void beamWidthOneEqualsGreedyOnRandomModels() {
        DecodeLimits[] limits = {
            DecodeLimits.DEFAULT,
            new DecodeLimits(3, 12, 0, 0),
            new DecodeLimits(0, 30, 1.5, 2),
            new DecodeLimits(2, 8, 0, 1),
        };
        for (long seed = 1; seed <= 20; seed++) {
            // Low sharpness keeps end tokens rare, so hypotheses run long and meet the limits.
            ScriptedModel model = ScriptedModel.hashed(9, seed, 0.7);
            for (DecodeLimits limit : limits) {
                List<Hypothesis> greedy = new GreedySearch<>(model, limit).decode(SOURCES);
                BeamSearch<ScriptedModel.Rows> beam =
                        new BeamSearch<>(model, new BeamOptions(1, 1, LengthPenalty.NONE, 0, limit));
                List<List<Hypothesis>> beams = beam.decode(SOURCES);
                for (int s = 0; s < SOURCES.length; s++) {
                    assertSameHypothesis(greedy.get(s), beams.get(s).get(0));
                }
            }
        }
    }
}
