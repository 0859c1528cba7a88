package io.textkit.seq2seq.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * chrF (Popović, 2015) computed as sacrebleu computes it: character n-grams of orders 1 to
 * {@code charOrder} (whitespace removed unless kept), their precision and recall, and the
 * F-score weighting recall {@code beta} times as much as precision. The corpus score sums the
 * n-gram counts over sentences first; with several references a sentence counts with the
 * reference that gives it the best F-score. The default is sacrebleu's default chrF2: orders 1–6,
 * beta 2, no word n-grams, whitespace removed, precision and recall averaged over the orders that
 * occur (its "effective order").
 *
 * <p>Immutable and thread-safe.
 *
 * @param charOrder the largest character n-gram order
 * @param beta recall's weight relative to precision
 * @param keepWhitespace count n-grams across spaces too (sacrebleu's {@code whitespace})
 * @param epsSmoothing average the per-order F-scores over every order, an empty order counting
 *     as ε, as chrF++.py, Moses and NLTK do (sacrebleu's {@code eps_smoothing})
 * @param lowercase compare lowercased text
 */
public record Chrf(int charOrder, double beta, boolean keepWhitespace, boolean epsSmoothing, boolean lowercase) {
    private static final double EPS = 1e-16;

    /** Checks the settings. */
    public Chrf {
        if (charOrder < 1) {
            throw new IllegalArgumentException("chrF character order must be >= 1, got " + charOrder);
        }
        if (!(beta > 0)) {
            throw new IllegalArgumentException("chrF beta must be > 0, got " + beta);
        }
    }

    /** sacrebleu's default chrF2. */
    public static Chrf sacrebleuDefault() {
        return new Chrf(6, 2, false, false, false);
    }

    /**
     * Corpus chrF, 0–100, of {@code hypotheses} against one or more reference sets.
     *
     * @param hypotheses one line per sentence
     * @param referenceSets each a complete set of references, one line per sentence, as sacrebleu
     *     takes them: {@code referenceSets.get(k).get(i)} is the k-th reference of sentence i
     * @throws IllegalArgumentException if a reference set has not one line per hypothesis
     */
    public double corpus(List<String> hypotheses, List<List<String>> referenceSets) {
        if (referenceSets.isEmpty()) {
            throw new IllegalArgumentException("chrF needs at least one reference set");
        }
        for (int k = 0; k < referenceSets.size(); k++) {
            if (referenceSets.get(k).size() != hypotheses.size()) {
                throw new IllegalArgumentException("reference set " + (k + 1) + " has " + referenceSets.get(k).size()
                        + " lines for " + hypotheses.size() + " hypotheses");
            }
        }
        long[] sum = new long[3 * charOrder];
        for (int i = 0; i < hypotheses.size(); i++) {
            List<Map<String, Integer>> hyp = ngrams(hypotheses.get(i));
            long[] best = null;
            double bestScore = -1;
            for (List<String> set : referenceSets) {
                long[] stats = statistics(hyp, ngrams(set.get(i)));
                double f = fScore(stats);
                if (f > bestScore) {
                    bestScore = f;
                    best = stats;
                }
            }
            for (int j = 0; j < sum.length; j++) {
                sum[j] += best[j];
            }
        }
        return fScore(sum);
    }

    /** chrF of one sentence against its references. */
    public double sentence(String hypothesis, List<String> references) {
        List<List<String>> sets = references.stream().map(List::of).toList();
        return corpus(List.of(hypothesis), sets);
    }

    /** Per order: hypothesis n-grams (0 when the reference has none), reference n-grams, matches. */
    private long[] statistics(List<Map<String, Integer>> hyp, List<Map<String, Integer>> ref) {
        long[] stats = new long[3 * charOrder];
        for (int n = 0; n < charOrder; n++) {
            Map<String, Integer> r = ref.get(n);
            long hypCount = 0;
            long match = 0;
            for (Map.Entry<String, Integer> e : hyp.get(n).entrySet()) {
                hypCount += e.getValue();
                match += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
            }
            long refCount = 0;
            for (int c : r.values()) {
                refCount += c;
            }
            stats[3 * n] = r.isEmpty() ? 0 : hypCount;
            stats[3 * n + 1] = refCount;
            stats[3 * n + 2] = match;
        }
        return stats;
    }

    private double fScore(long[] stats) {
        double factor = beta * beta;
        double sumF = 0;
        double avgPrecision = 0;
        double avgRecall = 0;
        int effective = 0;
        for (int n = 0; n < charOrder; n++) {
            long hyp = stats[3 * n];
            long ref = stats[3 * n + 1];
            long match = stats[3 * n + 2];
            double precision = hyp > 0 ? (double) match / hyp : EPS;
            double recall = ref > 0 ? (double) match / ref : EPS;
            double denominator = factor * precision + recall;
            sumF += denominator > 0 ? (1 + factor) * precision * recall / denominator : EPS;
            if (hyp > 0 && ref > 0) {
                avgPrecision += precision;
                avgRecall += recall;
                effective++;
            }
        }
        if (epsSmoothing) {
            return 100 * sumF / charOrder;
        }
        if (effective == 0) {
            return 0;
        }
        avgPrecision /= effective;
        avgRecall /= effective;
        if (avgPrecision + avgRecall == 0) {
            return 0;
        }
        return 100 * (1 + factor) * avgPrecision * avgRecall / (factor * avgPrecision + avgRecall);
    }

    /** Character n-gram counts of orders 1 to charOrder, by code point. */
    private List<Map<String, Integer>> ngrams(String line) {
        String s = lowercase ? line.toLowerCase(Locale.ROOT) : line;
        if (!keepWhitespace) {
            s = String.join("", Words.split(s));
        }
        int[] cps = s.codePoints().toArray();
        List<Map<String, Integer>> all = new ArrayList<>(charOrder);
        for (int n = 1; n <= charOrder; n++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i + n <= cps.length; i++) {
                counts.merge(new String(cps, i, n), 1, Integer::sum);
            }
            all.add(counts);
        }
        return all;
    }
}
