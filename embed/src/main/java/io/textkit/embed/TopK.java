package io.textkit.embed;

import io.textkit.core.config.Check;

/**
 * Selects the k highest scores of an array with a bounded min-heap: O(n log k) instead of the
 * O(n log n) of sorting all n, which matters when n is a vocabulary of millions and k is 10.
 * Ties go to the lower index, the more frequent word. A NaN score marks an entry that must not be
 * chosen (a query's own words).
 */
final class TopK {
    private TopK() {}

    /** Indices of the {@code k} highest non-NaN values among {@code scores[0..length)}, best first. */
    static int[] select(float[] scores, int length, int k) {
        Check.nonNegative("k", k);
        int[] heap = new int[Math.min(k, length)];
        int size = 0;
        for (int i = 0; i < length; i++) {
            float score = scores[i];
            if (Float.isNaN(score)) {
                continue;
            }
            if (size < heap.length) {
                heap[size] = i;
                siftUp(heap, size++, scores);
            } else if (size > 0 && better(i, heap[0], scores)) {
                heap[0] = i;
                siftDown(heap, size, scores);
            }
        }
        // Popping the worst each time fills the result from the back, leaving it best first.
        int[] best = new int[size];
        for (int n = size; n > 0; n--) {
            best[n - 1] = heap[0];
            heap[0] = heap[n - 1];
            siftDown(heap, n - 1, scores);
        }
        return best;
    }

    /** Whether entry {@code i} ranks above entry {@code j}: a higher score, or equal and earlier. */
    static boolean better(int i, int j, float[] scores) {
        return scores[i] > scores[j] || (scores[i] == scores[j] && i < j);
    }

    /** The heap keeps its worst entry at the root, so one comparison decides whether a new one enters. */
    private static void siftUp(int[] heap, int at, float[] scores) {
        int entry = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(heap[parent], entry, scores)) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = entry;
    }

    private static void siftDown(int[] heap, int size, float[] scores) {
        if (size == 0) {
            return;
        }
        int at = 0;
        int entry = heap[0];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && better(heap[child], heap[child + 1], scores)) {
                child++;
            }
            if (!better(entry, heap[child], scores)) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = entry;
    }
}
