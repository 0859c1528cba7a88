package io.textkit.seq2seq.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Length penalties give the known scores and change which of a short and a long hypothesis wins. */
class LengthPenaltyTest {
    private static final int A = 2;
    private static final int V = 3;
    private static final int END = ScriptedModel.EOS;

    /** Two outputs only: [end] with P = .55 and [a a end] with P = .45 · .99 · .99. */
    private static ScriptedModel model() {
        return new ScriptedModel(V, (source, prefix) -> switch (prefix.length) {
            case 0 -> ScriptedModel.row(V, Float.NEGATIVE_INFINITY, END, 0.55, A, 0.45);
            case 1 -> ScriptedModel.row(V, Float.NEGATIVE_INFINITY, A, 0.99);
            default -> ScriptedModel.row(V, Float.NEGATIVE_INFINITY, END, 0.99);
        }, null);
    }

    private static final double SHORT = (float) Math.log(0.55);
    private static final double LONG = (double) (float) Math.log(0.45) + (float) Math.log(0.99) + (float) Math.log(0.99);

    private static List<Hypothesis> decode(LengthPenalty penalty, double alpha) {
        return new BeamSearch<>(model(), new BeamOptions(2, 2, penalty, alpha, DecodeLimits.DEFAULT))
                .decode(new int[][] {{4}}).get(0);
    }

    @Test
    void formulasGiveKnownValues() {
        assertEquals(-3.0, LengthPenalty.NONE.score(-3.0, 4, 1.0), 0);
        assertEquals(-0.75, LengthPenalty.AVG.score(-3.0, 4, 1.0), 1e-15);
        assertEquals(-3.0 / 16, LengthPenalty.AVG.score(-3.0, 4, 2.0), 1e-15);
        assertEquals(-3.0 / 1.5, LengthPenalty.WU.score(-3.0, 4, 1.0), 1e-15);
        assertEquals(-3.0 / Math.pow(1.5, 0.6), LengthPenalty.WU.score(-3.0, 4, 0.6), 1e-15);
        assertEquals(LengthPenalty.WU, LengthPenalty.parse("wu"));
        assertThrows(IllegalArgumentException.class, () -> LengthPenalty.parse("average"));
    }

    @Test
    void noPenaltyPrefersTheShortHypothesis() {
        List<Hypothesis> n = decode(LengthPenalty.NONE, 1.0);
        assertArrayEquals(new int[] {END}, n.get(0).tokens());
        assertEquals(SHORT, n.get(0).score(), 1e-12);
        assertEquals(LONG, n.get(1).score(), 1e-12);
    }

    @Test
    void averagePenaltyPrefersTheLongHypothesis() {
        List<Hypothesis> n = decode(LengthPenalty.AVG, 1.0);
        assertArrayEquals(new int[] {A, A, END}, n.get(0).tokens());
        assertEquals(LONG / 3, n.get(0).score(), 1e-12);
        assertEquals(LONG, n.get(0).logProb(), 1e-12);
        assertEquals(SHORT, n.get(1).score(), 1e-12);
    }

    @Test
    void wuPenaltyDependsOnAlpha() {
        List<Hypothesis> weak = decode(LengthPenalty.WU, 1.0);
        assertArrayEquals(new int[] {END}, weak.get(0).tokens());
        assertEquals(LONG / (8.0 / 6.0), weak.get(1).score(), 1e-12);
        List<Hypothesis> strong = decode(LengthPenalty.WU, 2.0);
        assertArrayEquals(new int[] {A, A, END}, strong.get(0).tokens());
        assertEquals(LONG / Math.pow(8.0 / 6.0, 2), strong.get(0).score(), 1e-12);
    }
}
