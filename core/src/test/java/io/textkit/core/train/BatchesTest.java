package io.textkit.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
