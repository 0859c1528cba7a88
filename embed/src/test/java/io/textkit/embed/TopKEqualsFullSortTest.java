package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKEqualsFullSortTest {

    @Test
    void selectionEqualsTheHeadOfAFullSortIncludingTiesAndExclusions() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = random.nextInt(60);
            float[] scores = new float[n];
            for (int i = 0; i < n; i++) {
                // Few distinct values, so ties are common; NaN marks excluded entries.
                scores[i] = random.nextInt(10) == 0 ? Float.NaN : random.nextInt(8) - 4;
            }
            int k = random.nextInt(n + 3);
            int[] expected = IntStream.range(0, n).filter(i -> !Float.isNaN(scores[i])).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, TopK.select(scores, n, k), "trial " + trial);
        }
    }
}
