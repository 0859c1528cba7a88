package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TokenBatch lays sequences out time-major, with padding before (when asked) and after. */
class TokenBatchTest {
    @Test
    void padsAfterTheLongestAndToTheMinimum() {
        TokenBatch batch = TokenBatch.of(new int[][] {{7, 8}, {9}}, 3, 0);
        assertEquals(2, batch.batch());
        assertArrayEquals(new int[] {7, 9, 8, 0, 0, 0}, batch.ids());
        assertArrayEquals(new float[] {1, 1, 1, 0, 0, 0}, batch.mask());
    }

    @Test
    void padsBeforeEachSequenceWhenAsked() {
        TokenBatch batch = TokenBatch.ofTexts(List.of(new int[][] {{7, 8}}, new int[][] {{9}, {5}}, new int[][] {{}}),
                2, 5, 0);
        // Steps 0-1 are padding for all three; the second text's two sentences are joined.
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 7, 9, 0, 8, 5, 0, 0, 0, 0}, batch.ids());
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0}, batch.mask());
    }
}
