package io.textkit.seq2seq.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** With n-gram blocking no n-gram of the given size occurs twice in an output. */
class NoRepeatNgramTest {
    private static final int A = 2;
    private static final int B = 3;
    private static final int C = 4;
    private static final int V = 5;
    private static final int END = ScriptedModel.EOS;

    /** Prefers a b a b … ; c second; the end only after 6 tokens. */
    private static ScriptedModel model() {
        return new ScriptedModel(V, (source, prefix) -> {
            if (prefix.length >= 6) {
                return ScriptedModel.row(V, -30f, END, 0.9, A, 0.05, B, 0.05);
            }
            int preferred = prefix.length % 2 == 0 ? A : B;
            int other = preferred == A ? B : A;
            return ScriptedModel.row(V, -30f, preferred, 0.7, C, 0.2, other, 0.09, END, 0.01);
        }, null);
    }

    @Test
    void bigramBlockingChangesTheRepeatedBigram() {
        int[][] sources = {{7}};
        assertArrayEquals(new int[] {A, B, A, B, A, B, END},
                new GreedySearch<>(model(), DecodeLimits.DEFAULT).decode(sources).get(0).tokens());
        DecodeLimits limits = new DecodeLimits(0, 200, 0, 2);
        // After a b a, the bigram a b is taken: c instead; after a b a c a, a b and a c are taken:
        // a (P = .09) rather than the end (P = .01).
        assertArrayEquals(new int[] {A, B, A, C, A, A, END},
                new GreedySearch<>(model(), limits).decode(sources).get(0).tokens());
    }

    @Test
    void unigramBlockingForbidsAnyRepeatedToken() {
        DecodeLimits limits = new DecodeLimits(0, 200, 0, 1);
        assertArrayEquals(new int[] {A, B, C, END},
                new GreedySearch<>(model(), limits).decode(new int[][] {{7}}).get(0).tokens());
    }

    @Test
    void beamOutputsHaveNoRepeatedTrigram() {
        DecodeLimits limits = new DecodeLimits(0, 40, 0, 3);
        for (long seed = 1; seed <= 10; seed++) {
            ScriptedModel model = ScriptedModel.hashed(4, seed, 0.3);
            List<Hypothesis> nbest = new BeamSearch<>(model, new BeamOptions(4, 4, LengthPenalty.NONE, 0, limits))
                    .decode(new int[][] {{1, 2, 3}}).get(0);
            for (Hypothesis h : nbest) {
                Set<List<Integer>> seen = new HashSet<>();
                int[] t = h.tokens();
                for (int i = 0; i + 3 <= t.length; i++) {
                    assertTrue(seen.add(List.of(t[i], t[i + 1], t[i + 2])), "trigram repeated at " + i);
                }
            }
        }
    }
}
