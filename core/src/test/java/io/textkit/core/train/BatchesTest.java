package io.textkit.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchesTest {
    @Test
    void shuffledBatchesCoverEveryIndexOnceAndRepeatWithTheSeed() {
        List<int[]> a = Batches.shuffled(10, 4, new Random(1));
        List<int[]> b = Batches.shuffled(10, 4, new Random(1));
        assertEquals(3, a.size());
        assertEquals(2, a.get(2).length);
        int[] all = a.stream().flatMapToInt(Arrays::stream).sorted().toArray();
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, all);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
        }
        int[] other = Batches.shuffled(10, 10, new Random(2)).get(0);
        assertNotEquals(Arrays.toString(a.stream().flatMapToInt(Arrays::stream).toArray()), Arrays.toString(other));
    }

    @Test
    void inOrderBatches() {
        List<int[]> batches = Batches.inOrder(5, 2);
        assertArrayEquals(new int[] {0, 1}, batches.get(0));
        assertArrayEquals(new int[] {4}, batches.get(2));
    }

    @Test
    void bucketedBatchesHoldSimilarLengthsCoverEveryIndexOnceAndRepeatWithTheSeed() {
        Random lengthsRandom = new Random(3);
        int[] lengths = new int[1000];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = 1 + lengthsRandom.nextInt(100);
        }
        List<int[]> a = Batches.bucketed(lengths, 10, 100, new Random(1));
        List<int[]> b = Batches.bucketed(lengths, 10, 100, new Random(1));
        assertEquals(100, a.size());
        assertArrayEquals(java.util.stream.IntStream.range(0, 1000).toArray(),
                a.stream().flatMapToInt(Arrays::stream).sorted().toArray());
        long padding = 0;
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
            int longest = Arrays.stream(a.get(i)).map(k -> lengths[k]).max().orElseThrow();
            padding += Arrays.stream(a.get(i)).map(k -> longest - lengths[k]).sum();
        }
        // One pool of all 1,000 sorted by length: within a batch of 10 the lengths span about 1.
        assertTrue(padding < 1000 * 2, "padding " + padding);
        assertNotEquals(Arrays.toString(a.get(0)), Arrays.toString(Batches.bucketed(lengths, 10, 100, new Random(2)).get(0)));
    }
}
