package io.textkit.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Mini-batches of example indices: shuffled with an explicit seed, or in order for evaluation. */
public final class Batches {
    private Batches() {}

    /**
     * The indices {@code 0 … n−1} in a Fisher–Yates order drawn from {@code random}, cut into batches
     * of {@code batchSize} (the last may be smaller). The same seed gives the same batches.
     */
    public static List<int[]> shuffled(int n, int batchSize, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return cut(order, batchSize);
    }

    /** The indices {@code 0 … n−1} in order, cut into batches of {@code batchSize}. */
    public static List<int[]> inOrder(int n, int batchSize) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return cut(order, batchSize);
    }

    private static List<int[]> cut(int[] order, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        List<int[]> batches = new ArrayList<>((order.length + batchSize - 1) / batchSize);
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            int[] batch = new int[to - from];
            System.arraycopy(order, from, batch, 0, batch.length);
            batches.add(batch);
        }
        return batches;
    }
}
