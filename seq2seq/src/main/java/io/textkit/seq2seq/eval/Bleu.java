package io.textkit.seq2seq.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Corpus BLEU (Papineni et al., 2002) computed as sacrebleu computes it, so scores compare with
 * published ones: each sentence's n-grams (orders 1–4) are clipped by their largest count in any
 * of its references, the brevity penalty uses each sentence's reference closest in length (the
 * shorter on a tie), and the counts are summed over the corpus before the precisions are taken.
 * The default is sacrebleu's default: 13a tokenisation, case-sensitive, exponential smoothing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tokenization how lines are split into tokens
 * @param smoothing what a zero n-gram match count becomes
 * @param floor the floor smoothing's numerator (sacrebleu's {@code smooth_value}); unused otherwise
 * @param lowercase compare lowercased text
 * @param effectiveOrder stop at the highest n-gram order with any hypothesis n-gram (sacrebleu's
 *     {@code effective_order}, meant for single sentences)
 */
public record Bleu(Tokenization tokenization, Smoothing smoothing, double floor, boolean lowercase, boolean effectiveOrder) {
    private static final int MAX_ORDER = 4;
    private static final Tokenizer13a TOKENIZER_13A = new Tokenizer13a();

    /** sacrebleu's tokenisers that textkit implements. */
    public enum Tokenization {
        /** mteval-v13a, sacrebleu's default ({@link Tokenizer13a}). */
        THIRTEEN_A,
        /** Split on whitespace only: for text already tokenised. */
        NONE
    }

    /** What a precision with no matched n-gram becomes (Chen and Cherry, 2014). */
    public enum Smoothing {
        /** It stays 0, which makes BLEU 0. */
        NONE,
        /** {@code floor / total}. */
        FLOOR,
        /** mteval's: the k-th such order gets {@code 1 / (2^k · total)}; sacrebleu's default. */
        EXP
    }

    /** sacrebleu's default BLEU: 13a tokenisation, case-sensitive, exponential smoothing. */
    public static Bleu sacrebleuDefault() {
        return new Bleu(Tokenization.THIRTEEN_A, Smoothing.EXP, 0.1, false, false);
    }

    /**
     * Corpus BLEU of {@code hypotheses} against one or more reference sets.
     *
     * @param hypotheses one line per sentence
     * @param referenceSets each a complete set of references, one line per sentence, as sacrebleu
     *     takes them: {@code referenceSets.get(k).get(i)} is the k-th reference of sentence i
     * @throws IllegalArgumentException if a reference set has not one line per hypothesis
     */
    public BleuScore corpus(List<String> hypotheses, List<List<String>> referenceSets) {
        if (referenceSets.isEmpty()) {
            throw new IllegalArgumentException("BLEU needs at least one reference set");
        }
        for (int k = 0; k < referenceSets.size(); k++) {
            if (referenceSets.get(k).size() != hypotheses.size()) {
                throw new IllegalArgumentException("reference set " + (k + 1) + " has " + referenceSets.get(k).size()
                        + " lines for " + hypotheses.size() + " hypotheses");
            }
        }
        long[] correct = new long[MAX_ORDER];
        long[] total = new long[MAX_ORDER];
        long hypLength = 0;
        long refLength = 0;
        for (int i = 0; i < hypotheses.size(); i++) {
            Map<String, Integer> refCounts = new HashMap<>();
            int closest = -1;
            List<String> hyp = tokens(hypotheses.get(i));
            for (List<String> set : referenceSets) {
                List<String> ref = tokens(set.get(i));
                Map<String, Integer> counts = ngrams(ref);
                counts.forEach((g, c) -> refCounts.merge(g, c, Math::max));
                int diff = Math.abs(ref.size() - hyp.size());
                int best = Math.abs(closest - hyp.size());
                if (closest < 0 || diff < best || (diff == best && ref.size() < closest)) {
                    closest = ref.size();
                }
            }
            for (Map.Entry<String, Integer> e : ngrams(hyp).entrySet()) {
                int order = order(e.getKey());
                total[order - 1] += e.getValue();
                correct[order - 1] += Math.min(e.getValue(), refCounts.getOrDefault(e.getKey(), 0));
            }
            hypLength += hyp.size();
            refLength += closest;
        }
        return score(correct, total, hypLength, refLength);
    }

    /**
     * BLEU from summed statistics, as sacrebleu's {@code compute_bleu}.
     *
     * @param correct matched n-grams per order, unigrams first; read only
     * @param total hypothesis n-grams per order; read only
     */
    public BleuScore score(long[] correct, long[] total, long hypLength, long refLength) {
        double bp = hypLength < refLength ? (hypLength > 0 ? Math.exp(1 - (double) refLength / hypLength) : 0) : 1;
        double[] precisions = new double[MAX_ORDER];
        boolean anyMatch = false;
        for (long c : correct) {
            anyMatch |= c > 0;
        }
        if (!anyMatch) {
            return new BleuScore(0, correct.clone(), total.clone(), precisions, bp, hypLength, refLength);
        }
        int orders = MAX_ORDER;
        double expDivisor = 1;
        for (int n = 1; n <= MAX_ORDER; n++) {
            if (total[n - 1] == 0) {
                break;
            }
            if (effectiveOrder) {
                orders = n;
            }
            if (correct[n - 1] == 0) {
                if (smoothing == Smoothing.EXP) {
                    expDivisor *= 2;
                    precisions[n - 1] = 100 / (expDivisor * total[n - 1]);
                } else if (smoothing == Smoothing.FLOOR) {
                    precisions[n - 1] = 100 * floor / total[n - 1];
                }
            } else {
                precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
            }
        }
        double logSum = 0;
        for (int n = 0; n < orders; n++) {
            // sacrebleu's my_log: a zero precision counts as log = -9999999999, so BLEU underflows to 0.
            logSum += precisions[n] > 0 ? Math.log(precisions[n]) : -9999999999.0;
        }
        return new BleuScore(bp * Math.exp(logSum / orders), correct.clone(), total.clone(), precisions, bp, hypLength, refLength);
    }

    private List<String> tokens(String line) {
        String s = lowercase ? line.toLowerCase(Locale.ROOT) : line;
        s = Words.stripTrailing(s);
        return tokenization == Tokenization.THIRTEEN_A ? Words.split(TOKENIZER_13A.tokenize(s)) : Words.split(s);
    }

    /** Counts of every n-gram of orders 1–4, each keyed by its tokens joined with U+0001. */
    private static Map<String, Integer> ngrams(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (int n = 1; n <= MAX_ORDER; n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                counts.merge(String.join("\u0001", tokens.subList(i, i + n)), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int order(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '\u0001') {
                n++;
            }
        }
        return n;
    }
}
