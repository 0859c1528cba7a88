package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.tokenize.Vocabulary;
import org.junit.jupiter.api.Test;

class SubsamplingTest {
    private final Vocabulary vocabulary = Fixtures.vocabulary(9000, 900, 90, 10);

    @Test
    void keepsEachOccurrenceWithTheCFormulasProbability() {
        double sample = 1e-3;
        double t = sample * 10_000;
        Subsampler subsampler = Subsampler.of(vocabulary, sample);
        Lcg random = new Lcg(5);
        int draws = 200_000;
        for (int w = 0; w < 4; w++) {
            double c = vocabulary.count(w);
            double expected = Math.min(1, (Math.sqrt(c / t) + 1) * t / c);
            int kept = 0;
            for (int i = 0; i < draws; i++) {
                kept += subsampler.keep(w, random) ? 1 : 0;
            }
            assertEquals(expected, kept / (double) draws, 0.005, "word " + w);
        }
    }

    @Test
    void sampleZeroKeepsEverything() {
        Subsampler subsampler = Subsampler.of(vocabulary, 0);
        int[] ids = {0, 0, 0, 1, 2, 3, 0};
        int[] out = new int[ids.length];
        assertEquals(ids.length, subsampler.filter(ids, 0, ids.length, out, new Lcg(1)));
    }

    @Test
    void filterDropsFrequentWordsAndKeepsOrder() {
        Subsampler subsampler = Subsampler.of(vocabulary, 1e-3);
        int[] ids = new int[1000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i % 2 == 0 ? 0 : 3;
        }
        int[] out = new int[ids.length];
        int n = subsampler.filter(ids, 0, ids.length, out, new Lcg(3));
        int rare = 0;
        for (int i = 0; i < n; i++) {
            rare += out[i] == 3 ? 1 : 0;
        }
        assertEquals(500, rare, "the rarest word (keep probability 1) is always kept");
        assertEquals(true, n - rare < 40, "the most frequent word (keep probability 0.034) is mostly dropped: kept " + (n - rare));
    }
}
