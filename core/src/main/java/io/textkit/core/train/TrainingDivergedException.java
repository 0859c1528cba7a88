package io.textkit.core.train;

/** Training produced a NaN or infinite loss; the message says when and, if it could, which op. */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrainingDivergedException(String message, Throwable cause) {
        super(message, cause);
    }
}
