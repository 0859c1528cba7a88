package io.textkit.core.optim;

/**
 * A gradient held a NaN or infinity when an optimizer was asked to step; the message names the
 * parameter and the element. Nothing was updated.
 */
public final class NonFiniteGradientException extends ArithmeticException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    NonFiniteGradientException(String parameter, float value, int row, int col) {
        super("the gradient of " + parameter + " holds " + value + " at (" + row + ", " + col
                + "); no parameter was updated. Lower the learning rate, clip gradients, or enable "
                + "io.textkit.core.tensor.Anomaly to find the op that produced it");
        this.parameter = parameter;
    }

    /** The parameter whose gradient was not finite, as named in the message. */
    public String parameter() {
        return parameter;
    }
}
