package io.textkit.core.train;

import io.textkit.core.config.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Mini-batches of example indices: shuffled with an explicit seed (optionally bucketed by length), or in order. */
public final class Batches {
    private Batches() {}

    /**
     * The indices {@code 0 … n−1} in a Fisher–Yates order drawn from {@code random}, cut into batches
     * of {@code batchSize} (the last may be smaller). The same seed gives the same batches.
     */
    public static List<int[]> shuffled(int n, int batchSize, Random random) {
        return cut(shuffle(n, random), batchSize);
    }

    /**
     * Length-bucketed batches: the indices {@code 0 … lengths.length−1} shuffled as in
     * {@link #shuffled}, then taken in pools of {@code batchSize · poolBatches}; each pool is sorted by
     * length (stable, so equal lengths keep their random order) and cut into batches, and the order
     * of all the batches is shuffled again. A batch then holds texts of similar length, so padding
     * wastes little, while which texts meet in a batch still changes from epoch to epoch.
     *
     * @param lengths the length of each example (e.g. its token count)
     */
    public static List<int[]> bucketed(int[] lengths, int batchSize, int poolBatches, Random random) {
        if (poolBatches < 1) {
            throw new IllegalArgumentException("a pool must hold at least one batch, got " + poolBatches);
        }
        int n = lengths.length;
        int[] order = shuffle(n, random);
        int pool = Math.multiplyExact(batchSize, poolBatches);
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = order[i];
        }
        for (int from = 0; from < n; from += pool) {
            Arrays.sort(boxed, from, Math.min(n, from + pool), Comparator.comparingInt(i -> lengths[i]));
        }
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        List<int[]> batches = cut(order, batchSize);
        Collections.shuffle(batches, random);
        return batches;
    }

    /** The indices {@code 0 … n−1} in order, cut into batches of {@code batchSize}. */
    public static List<int[]> inOrder(int n, int batchSize) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return cut(order, batchSize);
    }

    private static int[] shuffle(int n, Random random) {
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
        return order;
    }

    private static List<int[]> cut(int[] order, int batchSize) {
        Check.positive("batch size", batchSize);
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
