package io.textkit.embed;

import io.textkit.tokenize.Vocabulary;
import java.util.Random;

/** Small shared set-ups for the word2vec tests. */
final class Fixtures {
    private Fixtures() {}

    /** A vocabulary of {@code counts.length} words "w0", "w1", ... with those counts (decreasing). */
    static Vocabulary vocabulary(long... counts) {
        Vocabulary.Counter counter = Vocabulary.counter();
        for (int w = 0; w < counts.length; w++) {
            counter.add("w" + w, counts[w]);
        }
        return counter.build(1, 0, java.util.List.of());
    }

    /** {@code n} values uniform in [−0.5, 0.5) from {@code seed}. */
    static float[] randomRows(int n, long seed) {
        Random random = new Random(seed);
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = random.nextFloat() - 0.5f;
        }
        return data;
    }

    /** Cosine of rows a and b of a row-major matrix with {@code dim} columns, in double. */
    static double cosine(float[] m, int dim, int a, int b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < dim; i++) {
            dot += (double) m[a * dim + i] * m[b * dim + i];
            na += (double) m[a * dim + i] * m[a * dim + i];
            nb += (double) m[b * dim + i] * m[b * dim + i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
