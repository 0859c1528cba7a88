package io.textkit.seq2seq.decode;

import java.util.List;
import java.util.Random;

/**
 * Sampling from a {@link StepModel}: every step draws each sentence's next token from the model's
 * distribution, sharpened or flattened by the temperature and cut to the top-k tokens and then to
 * the top-p nucleus (see {@link SamplingOptions}). The same {@link Random} state gives the same
 * output. A temperature of 0 or a top-k of 1 takes the most likely token, exactly as
 * {@link GreedySearch}. Sentences are decoded as one batch.
 *
 * <p>Keeps no state between calls: as thread-safe as the model it decodes.
 *
 * @param <S> the model's decoding state
 */
public final class Sampler<S> {
    private final StepModel<S> model;
    private final SamplingOptions options;

    /** A sampler of {@code model} with {@code options}. */
    public Sampler(StepModel<S> model, SamplingOptions options) {
        this.model = model;
        this.options = options;
    }

    /**
     * Samples one output per sentence, as one batch.
     *
     * @param sources each sentence's source token ids (for a language model, its prompt); read only
     * @param random the source of randomness; advanced by every draw
     * @return each sentence's sample, scored by its summed (untempered) log-probability
     */
    public List<Hypothesis> decode(int[][] sources, Random random) {
        int vocab = model.vocabularySize();
        int eos = model.eos();
        double temperature = options.temperature();
        if (temperature == 0 || options.topK() == 1) {
            return SinglePath.decode(model, options.limits(), sources,
                    (logProbs, offset, base, bans) -> SinglePath.argmax(logProbs, offset, vocab, base, bans, eos));
        }
        boolean cut = options.topK() > 0 || options.topP() < 1;
        int keep = options.topK() > 0 ? Math.min(options.topK(), vocab) : vocab;
        TopSelection top = new TopSelection(cut ? keep : 0);
        double[] scores = new double[cut ? keep : 0];
        int[] tokens = new int[cut ? keep : 0];
        return SinglePath.decode(model, options.limits(), sources, (logProbs, offset, base, bans) -> {
            if (!cut) {
                return drawFromAll(logProbs, offset, vocab, bans, temperature, random, eos);
            }
            top.reset(keep);
            for (int v = 0; v < vocab; v++) {
                if (bans.allowed(v)) {
                    top.offer(logProbs[offset + v], v);
                }
            }
            int n = top.drain(scores, tokens);
            return n == 0 ? eos : drawFromNucleus(scores, tokens, n, temperature, options.topP(), random);
        });
    }

    /** Draws among the best-first candidates, cut to the fewest whose tempered mass reaches topP. */
    private static int drawFromNucleus(double[] logProbs, int[] tokens, int n, double temperature, double topP, Random random) {
        double max = logProbs[0];
        if (max == Double.NEGATIVE_INFINITY) {
            return tokens[0];
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            logProbs[i] = Math.exp((logProbs[i] - max) / temperature);
            total += logProbs[i];
        }
        int size = 0;
        double mass = 0;
        while (size < n && mass < topP * total) {
            mass += logProbs[size++];
        }
        double u = random.nextDouble() * mass;
        for (int i = 0; i < size - 1; i++) {
            u -= logProbs[i];
            if (u < 0) {
                return tokens[i];
            }
        }
        return tokens[size - 1];
    }

    /** Draws among every allowed token, p(v) ∝ exp(logP(v) / temperature). */
    private static int drawFromAll(float[] logProbs, int offset, int vocab, TokenBans bans, double temperature, Random random, int eos) {
        double max = Double.NEGATIVE_INFINITY;
        int last = -1;
        for (int v = 0; v < vocab; v++) {
            if (bans.allowed(v)) {
                max = Math.max(max, logProbs[offset + v]);
                last = v;
            }
        }
        if (last < 0 || max == Double.NEGATIVE_INFINITY) {
            return last < 0 ? eos : last;
        }
        double total = 0;
        for (int v = 0; v < vocab; v++) {
            if (bans.allowed(v)) {
                total += Math.exp((logProbs[offset + v] - max) / temperature);
            }
        }
        double u = random.nextDouble() * total;
        for (int v = 0; v < last; v++) {
            if (bans.allowed(v)) {
                u -= Math.exp((logProbs[offset + v] - max) / temperature);
                if (u < 0) {
                    return v;
                }
            }
        }
        return last;
    }
}
