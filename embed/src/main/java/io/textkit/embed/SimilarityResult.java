package io.textkit.embed;

import java.util.Locale;

/**
 * The outcome of a word-similarity evaluation: Spearman's ρ (the usual headline number) and
 * Pearson's r between human scores and cosine similarities over the {@code pairs} whose words are
 * both known, and how many pairs were skipped for an unknown word.
 */
public record SimilarityResult(double spearman, double pearson, int pairs, int skipped) {

    /** The share of pairs skipped, in [0, 1]; gensim reports it ×100 as {@code oov_ratio}. */
    public double skippedRatio() {
        int all = pairs + skipped;
        return all == 0 ? 0 : (double) skipped / all;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Spearman %.4f  Pearson %.4f  over %d pairs; skipped %d (%.1f%%) "
                + "for words outside the vocabulary", spearman, pearson, pairs, skipped, 100 * skippedRatio());
    }
}
