package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stream is cut into parallel streams and consecutive segments whose targets are the next tokens. */
class BpttBatchesTest {

    @Test
    void segmentsAreTimeMajorAndTargetsAreTheNextTokens() {
        // 11 tokens, 2 streams of 5 (token 10 dropped): [0 1 2 3 4] and [5 6 7 8 9].
        int[] stream = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        BpttBatches batches = new BpttBatches(stream, 2, 3);
        assertEquals(2, batches.segments());
        assertEquals(3, batches.steps(0));
        assertEquals(1, batches.steps(1));
        assertArrayEquals(new int[] {0, 5, 1, 6, 2, 7}, batches.inputs(0));
        assertArrayEquals(new int[] {1, 6, 2, 7, 3, 8}, batches.targets(0));
        assertArrayEquals(new int[] {3, 8}, batches.inputs(1));
        assertArrayEquals(new int[] {4, 9}, batches.targets(1));
        assertEquals(8, batches.predictions());
    }

    @Test
    void tooShortTextIsRefusedWithItsLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BpttBatches(new int[] {1, 2, 3}, 2, 35));
        assertTrue(e.getMessage().contains("3 tokens"), e.getMessage());
    }
}
