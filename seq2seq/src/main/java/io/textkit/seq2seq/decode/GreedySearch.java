package io.textkit.seq2seq.decode;

import java.util.List;

/**
 * Greedy decoding over a {@link StepModel}: every step takes each sentence's most likely allowed
 * token (the lowest id on a tie). The cheapest search, and the reference beam search of width 1
 * must reproduce exactly. Sentences are decoded as one batch; a finished sentence leaves it.
 *
 * <p>Keeps no state between calls: as thread-safe as the model it decodes.
 *
 * @param <S> the model's decoding state
 */
public final class GreedySearch<S> {
    private final StepModel<S> model;
    private final DecodeLimits limits;

    /** A greedy search of {@code model} within {@code limits}. */
    public GreedySearch(StepModel<S> model, DecodeLimits limits) {
        this.model = model;
        this.limits = limits;
    }

    /**
     * Decodes sentences as one batch.
     *
     * @param sources each sentence's source token ids; read only
     * @return each sentence's hypothesis, scored by its summed log-probability
     */
    public List<Hypothesis> decode(int[][] sources) {
        int vocab = model.vocabularySize();
        return SinglePath.decode(model, limits, sources,
                (logProbs, offset, base, bans) -> SinglePath.argmax(logProbs, offset, vocab, base, bans, model.eos()));
    }
}
