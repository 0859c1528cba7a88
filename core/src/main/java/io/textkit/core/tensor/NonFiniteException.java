package io.textkit.core.tensor;

/** A NaN or infinity appeared in a forward value or a gradient; the message names the op. */
public final class NonFiniteException extends ArithmeticException {
    private static final long serialVersionUID = 1L;
    private final String op;

    public NonFiniteException(String op, String what, float value, int row, int col, int rows, int cols) {
        super("op '" + op + "' produced " + value + " in its " + what + " at (" + row + ", " + col + ") of a "
                + rows + "×" + cols + " matrix");
        this.op = op;
    }

    /** The op whose output or gradient was not finite. */
    public String op() {
        return op;
    }
}
