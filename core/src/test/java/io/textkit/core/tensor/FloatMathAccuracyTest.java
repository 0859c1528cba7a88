package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatMath} against the JDK's double-precision functions (here the exact answer, being a
 * thousand times more precise than float) over a dense grid: every 1009th float bit pattern, which
 * covers every magnitude from subnormals to infinity in both signs, plus a fine uniform grid over
 * [−24, 24] where the functions bend; and the special values.
 */
class FloatMathAccuracyTest {
    /** About four units in the last place at the top of a binade. */
    private static final double MAX_RELATIVE_ERROR = 2.5e-7;

    private interface FloatFunction {
        float apply(float x);
    }

    @Test
    void expIsAccurateWhereverTheResultIsANormalFloat() {
        checkGrid("exp", FloatMath::exp, Math::exp);
    }

    @Test
    void sigmoidIsAccurateWhereverTheResultIsANormalFloat() {
        checkGrid("sigmoid", FloatMath::sigmoid, x -> 1 / (1 + Math.exp(-x)));
    }

    @Test
    void tanhIsAccurateWhereverTheResultIsANormalFloat() {
        checkGrid("tanh", FloatMath::tanh, Math::tanh);
    }

    @Test
    void specialValues() {
        assertEquals(1f, FloatMath.exp(0f));
        assertEquals(1f, FloatMath.exp(-0f));
        assertEquals(0f, FloatMath.exp(Float.NEGATIVE_INFINITY));
        assertEquals(Float.POSITIVE_INFINITY, FloatMath.exp(Float.POSITIVE_INFINITY));
        assertEquals(Float.POSITIVE_INFINITY, FloatMath.exp(89f));
        assertEquals(Float.NaN, FloatMath.exp(Float.NaN));

        assertEquals(0.5f, FloatMath.sigmoid(0f));
        assertEquals(0.5f, FloatMath.sigmoid(-0f));
        assertEquals(1f, FloatMath.sigmoid(Float.POSITIVE_INFINITY));
        assertEquals(0f, FloatMath.sigmoid(Float.NEGATIVE_INFINITY));
        assertEquals(Float.NaN, FloatMath.sigmoid(Float.NaN));

        // assertEquals on floats compares bit patterns, so these tell +0 from −0.
        assertEquals(0f, FloatMath.tanh(0f));
        assertEquals(-0f, FloatMath.tanh(-0f));
        assertEquals(1f, FloatMath.tanh(Float.POSITIVE_INFINITY));
        assertEquals(-1f, FloatMath.tanh(Float.NEGATIVE_INFINITY));
        assertEquals(Float.MIN_VALUE, FloatMath.tanh(Float.MIN_VALUE));
        assertEquals(Float.NaN, FloatMath.tanh(Float.NaN));
    }

    private static void checkGrid(String name, FloatFunction actual, DoubleUnaryOperator exact) {
        Worst worst = new Worst();
        for (long bits = Integer.MIN_VALUE; bits <= Integer.MAX_VALUE; bits += 1009) {
            float x = Float.intBitsToFloat((int) bits);
            if (!Float.isNaN(x)) {
                worst.check(name, x, actual.apply(x), exact.applyAsDouble(x));
            }
        }
        for (int i = -24 << 15; i <= 24 << 15; i++) {
            float x = i / 32768f;
            worst.check(name, x, actual.apply(x), exact.applyAsDouble(x));
        }
        assertTrue(worst.error <= MAX_RELATIVE_ERROR, name + ": relative error " + worst.error + " at x = " + worst.x);
    }

    /** The largest relative error seen where the exact result is a normal float; the rest checked on the spot. */
    private static final class Worst {
        double error;
        float x;

        void check(String name, float x, float actual, double exact) {
            float rounded = (float) exact;
            if (Float.isInfinite(rounded) || rounded == 0) {
                assertEquals(rounded, actual, 0f, name + "(" + x + ") overflows or underflows like the exact result");
            } else if (Math.abs(exact) < Float.MIN_NORMAL) {
                assertEquals(exact, actual, Float.MIN_VALUE, name + "(" + x + ") in the subnormal range");
            } else {
                double e = Math.abs(actual - exact) / Math.abs(exact);
                if (e > error) {
                    error = e;
                    this.x = x;
                }
            }
        }
    }
}
