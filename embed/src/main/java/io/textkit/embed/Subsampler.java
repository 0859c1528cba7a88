package io.textkit.embed;

import io.textkit.tokenize.Vocabulary;
import java.util.Arrays;

/**
 * Frequent-word subsampling: each occurrence of word w is kept with probability
 * p(w) = (√(c/t) + 1)·t/c, where c is w's count and t = sample·(total count), capped at 1 (the C
 * tool's formula, computed by {@link Vocabulary#keepProbabilities}). Dropped occurrences vanish
 * before windows are formed, so the window reaches further past frequent words.
 */
final class Subsampler {
    private static final int ONE = 1 << 24;

    private final int[] threshold;

    private Subsampler(int[] threshold) {
        this.threshold = threshold;
    }

    /** Keeps every word when {@code sample} is 0. */
    static Subsampler of(Vocabulary vocabulary, double sample) {
        int[] threshold = new int[vocabulary.size()];
        if (sample <= 0) {
            Arrays.fill(threshold, ONE);
            return new Subsampler(threshold);
        }
        float[] keep = vocabulary.keepProbabilities(sample);
        for (int w = 0; w < threshold.length; w++) {
            threshold[w] = keep[w] >= 1f ? ONE : (int) (keep[w] * (double) ONE);
        }
        return new Subsampler(threshold);
    }

    /** Whether this occurrence of {@code word} is trained on; draws once from {@code random}. */
    boolean keep(int word, Lcg random) {
        return random.next24() < threshold[word];
    }

    /**
     * Copies the kept words of {@code ids[from..to)} to the start of {@code out} and returns how
     * many were kept.
     */
    int filter(int[] ids, int from, int to, int[] out, Lcg random) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int w = ids[i];
            if (keep(w, random)) {
                out[n++] = w;
            }
        }
        return n;
    }
}
