package io.textkit.seq2seq.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The decoding loop shared by the searches that follow one hypothesis per sentence (greedy search,
 * sampling): each step advances every unfinished sentence's row by the token a {@link Chooser}
 * picks, and a row that takes the end token leaves the batch.
 */
final class SinglePath {
    /** Picks a row's next token. */
    interface Chooser {
        /**
         * @param logProbs the step's log-probabilities, all rows; read only
         * @param offset where this row starts in {@code logProbs}
         * @param base the row's summed log-probability so far
         * @param bans which tokens may follow
         * @return the chosen token
         */
        int choose(float[] logProbs, int offset, double base, TokenBans bans);
    }

    private SinglePath() {}

    /** Decodes every sentence of {@code sources} in one batch, scoring each by its summed log-probability. */
    static <S> List<Hypothesis> decode(StepModel<S> model, DecodeLimits limits, int[][] sources, Chooser chooser) {
        int sentences = sources.length;
        int vocab = model.vocabularySize();
        int eos = model.eos();
        int[] maxLength = new int[sentences];
        int[] rowSentence = new int[sentences];
        int[] rowEntry = new int[sentences];
        double[] rowLogProb = new double[sentences];
        int[] lastTokens = new int[sentences];
        int[] keep = new int[sentences];
        for (int s = 0; s < sentences; s++) {
            maxLength[s] = limits.maxLengthFor(sources[s].length);
            rowSentence[s] = s;
            rowEntry[s] = -1;
            lastTokens[s] = model.bos();
        }
        int[] finishedEntry = new int[sentences];
        double[] finishedLogProb = new double[sentences];
        Trace trace = new Trace();
        TokenBans bans = new TokenBans(limits, vocab, model.bos(), eos);

        S state = model.start(sources);
        int rows = sentences;
        for (int generated = 0; rows > 0; generated++) {
            StepModel.Step<S> step = model.step(state, Arrays.copyOf(lastTokens, rows));
            float[] logProbs = step.logProbs();
            int stepIndex = trace.beginStep(step.attention(), rows);
            int kept = 0;
            for (int r = 0; r < rows; r++) {
                int s = rowSentence[r];
                bans.prepare(trace, rowEntry[r], generated, maxLength[s]);
                int token = bans.forceEos() ? eos : chooser.choose(logProbs, r * vocab, rowLogProb[r], bans);
                bans.clear();
                float tokenLogProb = logProbs[r * vocab + token];
                int entry = trace.add(rowEntry[r], token, tokenLogProb, stepIndex, r);
                double logProb = rowLogProb[r] + tokenLogProb;
                if (token == eos) {
                    finishedEntry[s] = entry;
                    finishedLogProb[s] = logProb;
                } else {
                    keep[kept] = r;
                    rowSentence[kept] = s;
                    rowEntry[kept] = entry;
                    rowLogProb[kept] = logProb;
                    lastTokens[kept] = token;
                    kept++;
                }
            }
            state = kept == rows ? step.state() : model.select(step.state(), Arrays.copyOf(keep, kept));
            rows = kept;
        }
        List<Hypothesis> results = new ArrayList<>(sentences);
        for (int s = 0; s < sentences; s++) {
            results.add(trace.hypothesis(finishedEntry[s], finishedLogProb[s], finishedLogProb[s], sources[s].length));
        }
        return results;
    }

    /**
     * The allowed token of highest {@code base + log-probability}, the lowest id on a tie; ranked as
     * beam search ranks its candidates, so that a beam of width 1 takes the same token.
     *
     * @return that token, or {@code eos} if no token is allowed
     */
    static int argmax(float[] logProbs, int offset, int vocab, double base, TokenBans bans, int eos) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < vocab; v++) {
            if (bans.allowed(v)) {
                double score = base + logProbs[offset + v];
                if (best < 0 || score > bestScore) {
                    best = v;
                    bestScore = score;
                }
            }
        }
        return best < 0 ? eos : best;
    }
}
