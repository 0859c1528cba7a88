package io.textkit.embed;

import io.textkit.tokenize.Vocabulary;

/**
 * Draws negative-sampling noise words with P(w) ∝ count(w)^0.75 by Walker's alias method: one
 * column chosen uniformly, then a biased coin between the column's word and its alias. Exact,
 * O(1) per draw, and two arrays of vocabulary size that stay in cache, where the C tool's
 * 10^8-entry table (400 MB) costs a cache and TLB miss per draw; the training time each took is in
 * bench/results/word2vec.md ("Design measurements").
 */
final class NoiseSampler {
    static final double POWER = 0.75;

    private final int[] threshold;
    private final int[] alias;

    private NoiseSampler(int[] threshold, int[] alias) {
        this.threshold = threshold;
        this.alias = alias;
    }

    /** The unigram^{@value #POWER} distribution over {@code vocabulary}'s words. */
    static NoiseSampler of(Vocabulary vocabulary) {
        double[] weights = new double[vocabulary.size()];
        for (int w = 0; w < weights.length; w++) {
            weights[w] = Math.pow(vocabulary.count(w), POWER);
        }
        return of(weights);
    }

    /** Draws word w with probability weights[w] / Σ weights (Vose's construction). */
    static NoiseSampler of(double[] weights) {
        int n = weights.length;
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smalls = 0;
        int larges = 0;
        for (int w = 0; w < n; w++) {
            scaled[w] = weights[w] * n / total;
            if (scaled[w] < 1) {
                small[smalls++] = w;
            } else {
                large[larges++] = w;
            }
        }
        int[] threshold = new int[n];
        int[] alias = new int[n];
        while (smalls > 0 && larges > 0) {
            int s = small[--smalls];
            int l = large[--larges];
            threshold[s] = (int) (scaled[s] * (1 << 24));
            alias[s] = l;
            scaled[l] -= 1 - scaled[s];
            if (scaled[l] < 1) {
                small[smalls++] = l;
            } else {
                large[larges++] = l;
            }
        }
        while (larges > 0) {
            int l = large[--larges];
            threshold[l] = 1 << 24;
            alias[l] = l;
        }
        while (smalls > 0) {
            int s = small[--smalls];
            threshold[s] = 1 << 24;
            alias[s] = s;
        }
        return new NoiseSampler(threshold, alias);
    }

    /** One noise word drawn with {@code random}'s next two values. */
    int sample(Lcg random) {
        int column = random.nextInt(threshold.length);
        return random.next24() < threshold[column] ? column : alias[column];
    }
}
