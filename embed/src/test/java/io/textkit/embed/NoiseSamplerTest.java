package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NoiseSamplerTest {
    @Test
    void drawsWordsInProportionToCountToTheThreeQuarters() {
        long[] counts = {10_000, 3_000, 500, 50, 5, 1};
        NoiseSampler sampler = NoiseSampler.of(Fixtures.vocabulary(counts));
        double total = 0;
        for (long c : counts) {
            total += Math.pow(c, 0.75);
        }
        int draws = 1_000_000;
        int[] seen = new int[counts.length];
        Lcg random = new Lcg(9);
        for (int i = 0; i < draws; i++) {
            seen[sampler.sample(random)]++;
        }
        for (int w = 0; w < counts.length; w++) {
            double p = Math.pow(counts[w], 0.75) / total;
            double sd = Math.sqrt(p * (1 - p) / draws);
            assertEquals(p, seen[w] / (double) draws, 5 * sd + 1e-6, "word " + w);
        }
    }
}
