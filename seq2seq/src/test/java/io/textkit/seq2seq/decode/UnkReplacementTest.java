package io.textkit.seq2seq.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each output token carries its most attended source position, which replaces {@code <unk>}. */
class UnkReplacementTest {
    private static final int UNK = 2;
    private static final int HELLO = 3;
    private static final int V = 4;
    private static final int END = ScriptedModel.EOS;

    /** Says "hello <unk>" and attends to source position 0 for hello, 2 for <unk>, 1 for the end. */
    private static ScriptedModel model() {
        return new ScriptedModel(V,
                (source, prefix) -> switch (prefix.length) {
                    case 0 -> ScriptedModel.row(V, -30f, HELLO, 0.9, END, 0.1);
                    case 1 -> ScriptedModel.row(V, -30f, UNK, 0.9, END, 0.1);
                    default -> ScriptedModel.row(V, -30f, END, 1.0);
                },
                (source, prefix) -> switch (prefix.length) {
                    case 0 -> new float[] {0.7f, 0.2f, 0.1f};
                    case 1 -> new float[] {0.1f, 0.3f, 0.6f};
                    default -> new float[] {0.2f, 0.5f, 0.3f};
                });
    }

    @Test
    void alignmentIsTheMostAttendedSourcePosition() {
        Hypothesis greedy = new GreedySearch<>(model(), DecodeLimits.DEFAULT).decode(new int[][] {{5, 6, 7}}).get(0);
        assertArrayEquals(new int[] {HELLO, UNK, END}, greedy.tokens());
        assertArrayEquals(new int[] {0, 2, 1}, greedy.alignment());
        assertArrayEquals(new float[] {0.1f, 0.3f, 0.6f}, greedy.attention()[1]);
        Hypothesis beam = new BeamSearch<>(model(), BeamOptions.of(3)).decode(new int[][] {{5, 6, 7}}).get(0).get(0);
        assertArrayEquals(new int[] {0, 2, 1}, beam.alignment());
    }

    @Test
    void unkIsReplacedByItsAlignedSourceToken() {
        List<String> out = UnkReplacement.replace(
                List.of("hello", "<unk>", "</s>"), new int[] {0, 2, 1}, List.of("bonjour", "monsieur", "Dupont"), "<unk>");
        assertEquals(List.of("hello", "Dupont", "</s>"), out);
    }

    @Test
    void missingAlignmentIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> UnkReplacement.replace(List.of("<unk>"), null, List.of("x"), "<unk>"));
        assertThrows(IllegalArgumentException.class,
                () -> UnkReplacement.replace(List.of("<unk>"), new int[] {3}, List.of("x"), "<unk>"));
    }

    @Test
    void modelWithoutAttentionGivesNoAlignment() {
        ScriptedModel plain = new ScriptedModel(V, (source, prefix) -> ScriptedModel.row(V, -30f, END, 1.0), null);
        Hypothesis h = new GreedySearch<>(plain, DecodeLimits.DEFAULT).decode(new int[][] {{5}}).get(0);
        assertEquals(null, h.alignment());
        assertEquals(null, h.attention());
    }
}
