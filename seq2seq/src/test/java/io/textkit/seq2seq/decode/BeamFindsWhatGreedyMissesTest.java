package io.textkit.seq2seq.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Beam search finds the most likely sequence where greedy search's first choice leads away from it. */
class BeamFindsWhatGreedyMissesTest {
    private static final int A = 2;
    private static final int B = 3;
    private static final int V = 4;

    /**
     * P(a) = .6, P(b) = .4; after a: P(end) = P(a) = P(b) = 1/3 … so a·end = .2;
     * after b: P(end) = .9, so b·end = .36 is the best sequence, which greedy (taking a) misses.
     */
    static ScriptedModel model() {
        return new ScriptedModel(V, (source, prefix) -> {
            if (prefix.length == 0) {
                return ScriptedModel.row(V, -30f, A, 0.6, B, 0.4);
            }
            if (Arrays.equals(prefix, new int[] {A})) {
                return ScriptedModel.row(V, -30f, ScriptedModel.EOS, 1 / 3.0, A, 1 / 3.0, B, 1 / 3.0);
            }
            if (Arrays.equals(prefix, new int[] {B})) {
                return ScriptedModel.row(V, -30f, ScriptedModel.EOS, 0.9, A, 0.1);
            }
            return ScriptedModel.row(V, -30f, ScriptedModel.EOS, 1.0);
        }, null);
    }

    @Test
    void beamFindsTheBestSequenceGreedyMisses() {
        int[][] sources = {{5}};
        Hypothesis greedy = new GreedySearch<>(model(), DecodeLimits.DEFAULT).decode(sources).get(0);
        assertArrayEquals(new int[] {A, ScriptedModel.EOS}, greedy.tokens());
        assertEquals(Math.log(0.6f) + Math.log(1 / 3.0f), greedy.score(), 1e-6);

        List<Hypothesis> beam = new BeamSearch<>(model(), new BeamOptions(2, 2, LengthPenalty.NONE, 0, DecodeLimits.DEFAULT))
                .decode(sources).get(0);
        assertArrayEquals(new int[] {B, ScriptedModel.EOS}, beam.get(0).tokens());
        assertEquals(Math.log(0.36), beam.get(0).score(), 1e-6);
        assertArrayEquals(new float[] {(float) Math.log(0.4), (float) Math.log(0.9)}, beam.get(0).tokenLogProbs());
        assertArrayEquals(new int[] {A, ScriptedModel.EOS}, beam.get(1).tokens());
        assertEquals(Math.log(0.2), beam.get(1).score(), 1e-6);
    }
}
