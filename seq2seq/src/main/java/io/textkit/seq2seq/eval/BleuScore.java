package io.textkit.seq2seq.eval;

import java.util.Locale;

/**
 * A corpus BLEU score and the statistics it was computed from, as sacrebleu reports them.
 *
 * @param score BLEU on a 0–100 scale
 * @param correct matched n-grams of each order (clipped by the references), unigrams first
 * @param total hypothesis n-grams of each order
 * @param precisions each order's precision in percent, after smoothing
 * @param brevityPenalty {@code exp(1 − refLength / hypLength)} when the hypotheses are shorter, else 1
 * @param hypLength total hypothesis length in tokens
 * @param refLength total length of the closest reference of each sentence
 */
public record BleuScore(
        double score, long[] correct, long[] total, double[] precisions, double brevityPenalty, long hypLength, long refLength) {

    /**
     * sacrebleu's summary line: {@code BLEU = score p1/p2/p3/p4 (BP = … ratio = … hyp_len = … ref_len = …)}.
     */
    @Override
    public String toString() {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < precisions.length; i++) {
            p.append(i == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.1f", precisions[i]));
        }
        double ratio = refLength == 0 ? 0 : (double) hypLength / refLength;
        return String.format(Locale.ROOT, "BLEU = %.2f %s (BP = %.3f ratio = %.3f hyp_len = %d ref_len = %d)",
                score, p, brevityPenalty, ratio, hypLength, refLength);
    }
}
