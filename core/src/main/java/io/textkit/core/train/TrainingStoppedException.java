package io.textkit.core.train;

/**
 * A trainer was asked to stop before it had a model to return: while it read or counted its data.
 * A stop during training proper returns the model trained so far instead.
 */
public final class TrainingStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code phase} says what the trainer was doing, e.g. "counting the vocabulary". */
    public TrainingStoppedException(String phase) {
        super("stopped on request while " + phase);
    }
}
