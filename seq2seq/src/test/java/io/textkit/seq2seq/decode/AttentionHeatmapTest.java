package io.textkit.seq2seq.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal heatmap: source tokens down the columns, target rows, one shade per weight bucket. */
class AttentionHeatmapTest {

    @Test
    void gridOfAKnownAlignment() {
        List<String> source = List.of("ich", "bin", "da");
        List<String> target = List.of("I", "am", "here", "</s>");
        float[][] attention = {
            {0.9f, 0.05f, 0.05f},
            {0.2f, 0.6f, 0.2f},
            {0.0f, 0.35f, 0.65f},
            {0.32f, 0.33f, 0.35f},
        };
        String expected = String.join("\n",
                "     i b d",
                "     c i a",
                "     h n",
                "I    ██",
                "am   ░░▓▓░░",
                "here   ▒▒▓▓",
                "</s> ▒▒▒▒▒▒",
                "");
        assertEquals(expected, AttentionHeatmap.text(source, target, attention));
    }

    @Test
    void shadeBucketsAtTheirEdges() {
        assertEquals(' ', AttentionHeatmap.shade(0.0999f));
        assertEquals('░', AttentionHeatmap.shade(0.1f));
        assertEquals('▒', AttentionHeatmap.shade(0.3f));
        assertEquals('▓', AttentionHeatmap.shade(0.5f));
        assertEquals('█', AttentionHeatmap.shade(0.7f));
        assertEquals('█', AttentionHeatmap.shade(1.0f));
    }

    @Test
    void paddingWeightsAreIgnored() {
        float[][] attention = {{0.95f, 0.05f, 0.7f}};
        assertEquals("  a\nx ██\n", AttentionHeatmap.text(List.of("a"), List.of("x"), attention));
    }

    @Test
    void mismatchedAttentionIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> AttentionHeatmap.text(List.of("a", "b"), List.of("x"), new float[][] {{1f}}));
        assertThrows(IllegalArgumentException.class,
                () -> AttentionHeatmap.text(List.of("a"), List.of("x", "y"), new float[][] {{1f}}));
        assertThrows(IllegalArgumentException.class, () -> AttentionHeatmap.text(List.of("a"), List.of("x"), null));
    }
}
