package io.textkit.seq2seq.decode;

/**
 * The {@code k} best of a stream of scored candidates, kept in a min-heap of primitive arrays: each
 * offer costs one comparison with the worst kept candidate, so selecting the best {@code 2 × width}
 * of a vocabulary-sized row never sorts the row. Ties go to the lower index, so every decoder breaks
 * them the same way. Reused across calls: {@link #reset} then {@link #offer} then {@link #drain}.
 */
final class TopSelection {
    private double[] scores;
    private int[] indices;
    private int k;
    private int size;

    TopSelection(int capacity) {
        scores = new double[capacity];
        indices = new int[capacity];
    }

    /** Empties the selection and sets how many candidates it keeps. */
    void reset(int keep) {
        if (keep > scores.length) {
            scores = new double[keep];
            indices = new int[keep];
        }
        k = keep;
        size = 0;
    }

    /** Number of candidates kept. */
    int size() {
        return size;
    }

    /** Offers a candidate; it is kept if fewer than k are kept or it beats the worst of them. */
    void offer(double score, int index) {
        if (size < k) {
            int i = size++;
            scores[i] = score;
            indices[i] = index;
            siftUp(i);
        } else if (k > 0 && worse(scores[0], indices[0], score, index)) {
            scores[0] = score;
            indices[0] = index;
            siftDown(0);
        }
    }

    /**
     * Moves the kept candidates into {@code outScores} and {@code outIndices}, best first, and
     * empties the selection.
     *
     * @return the number of candidates written
     */
    int drain(double[] outScores, int[] outIndices) {
        int n = size;
        while (size > 0) {
            int last = --size;
            outScores[last] = scores[0];
            outIndices[last] = indices[0];
            scores[0] = scores[last];
            indices[0] = indices[last];
            siftDown(0);
        }
        return n;
    }

    /** Whether candidate a ranks below candidate b: a lower score, or an equal score and a higher index. */
    private static boolean worse(double scoreA, int indexA, double scoreB, int indexB) {
        return scoreA < scoreB || (scoreA == scoreB && indexA > indexB);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (!worse(scores[i], indices[i], scores[p], indices[p])) {
                return;
            }
            swap(i, p);
            i = p;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && worse(scores[l], indices[l], scores[m], indices[m])) {
                m = l;
            }
            if (r < size && worse(scores[r], indices[r], scores[m], indices[m])) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swap(i, m);
            i = m;
        }
    }

    private void swap(int a, int b) {
        double s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int x = indices[a];
        indices[a] = indices[b];
        indices[b] = x;
    }
}
