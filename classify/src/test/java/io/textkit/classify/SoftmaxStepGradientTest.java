package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One SGD step moves every weight by −lr times the analytic gradient of the softmax cross-entropy
 * of the averaged-embedding model; the analytic gradient is itself checked against central finite
 * differences, all in double precision on tiny sizes.
 */
class SoftmaxStepGradientTest {
    private static final int DIM = 3, ROWS = 5, LABELS = 4, GOLD = 2;
    private static final int[] FEATURES = {0, 3, 3, 1};

    @Test
    void oneStepFollowsTheNegativeGradient() {
        Random random = new Random(42);
        float[] input = new float[ROWS * DIM];
        float[] output = new float[LABELS * DIM];
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < output.length; i++) {
            output[i] = (float) random.nextGaussian();
        }
        double[] a = toDouble(input), b = toDouble(output);
        double[] gradA = new double[a.length], gradB = new double[b.length];
        double loss = lossAndGradient(a, b, gradA, gradB);
        checkFiniteDifferences(a, b, gradA, gradB);

        float lr = 0.05f;
        float reported = new SoftmaxStep(DIM, LABELS).update(input, output, FEATURES, GOLD, lr);
        assertEquals(loss, reported, 1e-5);
        for (int i = 0; i < a.length; i++) {
            assertEquals(-lr * gradA[i], input[i] - a[i], 1e-6, "input weight " + i);
        }
        for (int i = 0; i < b.length; i++) {
            assertEquals(-lr * gradB[i], output[i] - b[i], 1e-6, "output weight " + i);
        }
    }

    /** L = −log softmax(B·h)_y with h the mean of A's feature rows; fills ∂L/∂A and ∂L/∂B. */
    private static double lossAndGradient(double[] a, double[] b, double[] gradA, double[] gradB) {
        double[] h = new double[DIM];
        for (int f : FEATURES) {
            for (int i = 0; i < DIM; i++) {
                h[i] += a[f * DIM + i] / FEATURES.length;
            }
        }
        double[] z = new double[LABELS];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < LABELS; k++) {
            for (int i = 0; i < DIM; i++) {
                z[k] += b[k * DIM + i] * h[i];
            }
            max = Math.max(max, z[k]);
        }
        double sum = 0;
        for (int k = 0; k < LABELS; k++) {
            sum += Math.exp(z[k] - max);
        }
        double[] dh = new double[DIM];
        for (int k = 0; k < LABELS; k++) {
            double dz = Math.exp(z[k] - max) / sum - (k == GOLD ? 1 : 0);
            for (int i = 0; i < DIM; i++) {
                gradB[k * DIM + i] = dz * h[i];
                dh[i] += dz * b[k * DIM + i];
            }
        }
        Arrays.fill(gradA, 0);
        for (int f : FEATURES) {
            for (int i = 0; i < DIM; i++) {
                gradA[f * DIM + i] += dh[i] / FEATURES.length;
            }
        }
        return -(z[GOLD] - max - Math.log(sum));
    }

    private static void checkFiniteDifferences(double[] a, double[] b, double[] gradA, double[] gradB) {
        double eps = 1e-6;
        double[] scratchA = new double[a.length], scratchB = new double[b.length];
        for (double[] weights : new double[][] {a, b}) {
            double[] grad = weights == a ? gradA : gradB;
            for (int i = 0; i < weights.length; i++) {
                double saved = weights[i];
                weights[i] = saved + eps;
                double up = lossAndGradient(a, b, scratchA, scratchB);
                weights[i] = saved - eps;
                double down = lossAndGradient(a, b, scratchA, scratchB);
                weights[i] = saved;
                assertEquals((up - down) / (2 * eps), grad[i], 1e-7, "finite difference of weight " + i);
            }
        }
    }

    private static double[] toDouble(float[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i];
        }
        return copy;
    }
}
