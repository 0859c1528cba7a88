package io.textkit.seq2seq.decode;

/**
 * An autoregressive model seen one token at a time: what greedy search, beam search and sampling
 * need from a translator or a language model, and nothing else.
 *
 * <p>A state {@code S} holds a batch of hypotheses, one per row. Decoding starts with one row per
 * sentence ({@link #start}); beam search then widens, reorders and prunes rows with {@link #select},
 * so the hypotheses of several sentences share each step's matrix products. Each row remembers which
 * sentence it belongs to (its source encoding, for a translator), so {@code select} may mix rows of
 * different sentences freely.
 *
 * @param <S> the model's decoding state: hidden states, attention input feeding, source memory
 */
public interface StepModel<S> {

    /** Number of target tokens: the width of every log-probability row. */
    int vocabularySize();

    /** Id of the token every hypothesis starts with. */
    int bos();

    /** Id of the token that ends a hypothesis. */
    int eos();

    /**
     * The state before the first step, one row per sentence.
     *
     * @param sources each sentence's source token ids (for a language model: its prompt, possibly
     *     empty); read only
     */
    S start(int[][] sources);

    /**
     * Advances every row by one token.
     *
     * @param state the rows before this step; read only, never modified (beam search may keep it)
     * @param lastTokens each row's previous token ({@link #bos()} at the first step); read only
     * @return the rows after the step and, for every row, the log-probabilities of the next token
     */
    Step<S> step(S state, int[] lastTokens);

    /**
     * The rows {@code rows[0], rows[1], …} of {@code state}, in that order; a row may appear several
     * times (a beam that splits) or not at all (a hypothesis that was pruned or finished).
     */
    S select(S state, int[] rows);

    /**
     * One decoding step's result.
     *
     * @param state the rows after the step
     * @param logProbs row-major {@code rows × vocabularySize()}: log P(next token | row's prefix, source)
     * @param attention row-major {@code rows × sourceLength} attention weights over each row's source
     *     positions (zero past a sentence's end), where {@code sourceLength} is the longest source of
     *     the batch; {@code null} for a model without attention
     */
    record Step<S>(S state, float[] logProbs, float[] attention) {}
}
