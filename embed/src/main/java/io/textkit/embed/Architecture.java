package io.textkit.embed;

/**
 * How one position of a sentence is trained: skip-gram predicts the centre word from each context
 * word in turn, CBOW from their mean (or sum). One instance per thread; it owns its scratch rows.
 */
interface Architecture {
    /**
     * Trains position {@code pos} of {@code sentence[0..length)} with the context words within
     * {@code span} positions of it (the already reduced window) at learning rate {@code alpha}.
     */
    void train(int[] sentence, int length, int pos, int span, float alpha, Lcg random);

    /**
     * Makes what this worker learned on rows it keeps to itself visible to the others; called after
     * each sentence. Nothing to do for a worker that writes only shared rows.
     */
    default void publish() {}
}
