package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * For the hand-written fastText steps' gradient tests: central finite differences in double
 * precision, and the check that a step moved each weight by −lr times its gradient.
 */
final class FiniteDifferences {
    private FiniteDifferences() {}

    /** {@code n} standard normal values. */
    static float[] gaussian(int n, Random random) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /** Asserts {@code after[i] − before[i] = −lr·grad[i]} for every i. */
    static void assertStep(float lr, double[] grad, double[] before, float[] after, String name) {
        for (int i = 0; i < before.length; i++) {
            assertEquals(-lr * grad[i], after[i] - before[i], 1e-6, name + " weight " + i);
        }
    }

    /**
     * Asserts that {@code grad[i]} is (L(w + ε·e_i) − L(w − ε·e_i)) / 2ε for every i, where
     * {@code loss} reads {@code weights} (perturbed in place and restored).
     */
    static void check(double[] weights, double[] grad, DoubleSupplier loss, String name) {
        double eps = 1e-6;
        for (int i = 0; i < weights.length; i++) {
            double saved = weights[i];
            weights[i] = saved + eps;
            double up = loss.getAsDouble();
            weights[i] = saved - eps;
            double down = loss.getAsDouble();
            weights[i] = saved;
            assertEquals((up - down) / (2 * eps), grad[i], 1e-7, "finite difference of " + name + " weight " + i);
        }
    }

    /** The values widened to double. */
    static double[] toDouble(float[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i];
        }
        return copy;
    }
}
