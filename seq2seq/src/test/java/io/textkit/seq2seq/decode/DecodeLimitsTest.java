package io.textkit.seq2seq.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Minimum length, maximum length and the length ratio bound every decoder's outputs. */
class DecodeLimitsTest {
    private static final int A = 2;
    private static final int B = 3;
    private static final int V = 4;
    private static final int END = ScriptedModel.EOS;

    /** Ends at once with P = .7, else repeats a with P = .8 until {@code endsAfter} tokens, then ends. */
    private static ScriptedModel model(int endsAfter) {
        return new ScriptedModel(V, (source, prefix) -> {
            if (prefix.length == 0) {
                return ScriptedModel.row(V, -30f, END, 0.7, A, 0.2, B, 0.1);
            }
            return prefix.length < endsAfter
                    ? ScriptedModel.row(V, -30f, A, 0.8, END, 0.1, B, 0.1)
                    : ScriptedModel.row(V, -30f, END, 0.9, A, 0.1);
        }, null);
    }

    private static ScriptedModel model() {
        return model(Integer.MAX_VALUE);
    }

    private static int[] greedy(DecodeLimits limits, int[] source) {
        return new GreedySearch<>(model(), limits).decode(new int[][] {source}).get(0).tokens();
    }

    @Test
    void minLengthForbidsAnEarlyEnd() {
        DecodeLimits limits = new DecodeLimits(2, 10, 0, 0);
        int[][] source = {{9}};
        assertArrayEquals(new int[] {END}, new GreedySearch<>(model(2), DecodeLimits.DEFAULT).decode(source).get(0).tokens());
        assertArrayEquals(new int[] {A, A, END}, new GreedySearch<>(model(2), limits).decode(source).get(0).tokens());
        List<Hypothesis> beams = new BeamSearch<>(model(2), new BeamOptions(3, 3, LengthPenalty.NONE, 0, limits))
                .decode(source).get(0);
        assertArrayEquals(new int[] {A, A, END}, beams.get(0).tokens());
        for (Hypothesis b : beams) {
            assertTrue(b.length() >= 3, "at least 2 tokens and the end token");
        }
    }

    @Test
    void maxLengthForcesTheEndToken() {
        DecodeLimits limits = new DecodeLimits(1, 4, 0, 0);
        assertArrayEquals(new int[] {A, A, A, A, END}, greedy(limits, new int[] {9}));
        Hypothesis h = new GreedySearch<>(model(), limits).decode(new int[][] {{9}}).get(0);
        // The forced end token still costs its log-probability.
        assertEquals((float) Math.log(0.1), h.tokenLogProbs()[4]);
        List<Hypothesis> beams = new BeamSearch<>(model(), new BeamOptions(3, 3, LengthPenalty.NONE, 0, limits))
                .decode(new int[][] {{9}}).get(0);
        for (Hypothesis b : beams) {
            assertTrue(b.length() <= 5, "at most 4 tokens and the end token");
            assertEquals(END, b.tokens()[b.length() - 1]);
        }
    }

    @Test
    void maxLengthRatioBoundsByTheSourceLength() {
        DecodeLimits limits = new DecodeLimits(1, 100, 1.5, 0);
        assertEquals(3, limits.maxLengthFor(2));
        assertEquals(1, limits.maxLengthFor(0));
        assertEquals(100, limits.maxLengthFor(1000));
        assertArrayEquals(new int[] {A, A, A, END}, greedy(limits, new int[] {9, 9}));
        assertArrayEquals(new int[] {A, A, A, A, A, A, END}, greedy(limits, new int[] {9, 9, 9, 9}));
        for (Hypothesis b : new BeamSearch<>(model(), new BeamOptions(3, 3, LengthPenalty.NONE, 0, limits))
                .decode(new int[][] {{9, 9}}).get(0)) {
            assertTrue(b.length() <= 4, "at most 3 tokens and the end token");
        }
    }

    @Test
    void badLimitsAreRefusedNamingTheOption() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new DecodeLimits(0, 0, 0, 0));
        assertTrue(e.getMessage().contains("max length"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BeamOptions(2, 3, LengthPenalty.NONE, 0, DecodeLimits.DEFAULT));
        assertTrue(e.getMessage().contains("nbest"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SamplingOptions(1, 0, 1.5, DecodeLimits.DEFAULT));
        assertTrue(e.getMessage().contains("top-p"), e.getMessage());
    }
}
