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
        float[] input = FiniteDifferences.gaussian(ROWS * DIM, random);
        float[] output = FiniteDifferences.gaussian(LABELS * DIM, random);
        double[] a = FiniteDifferences.toDouble(input), b = FiniteDifferences.toDouble(output);
        double[] gradA = new double[a.length], gradB = new double[b.length];
        double loss = lossAndGradient(a, b, gradA, gradB);
        double[] scratchA = new double[a.length], scratchB = new double[b.length];
        FiniteDifferences.check(a, gradA, () -> lossAndGradient(a, b, scratchA, scratchB), "input");
        FiniteDifferences.check(b, gradB, () -> lossAndGradient(a, b, scratchA, scratchB), "output");

        float lr = 0.05f;
        float reported = new SoftmaxStep(DIM, LABELS).update(input, output, FEATURES, GOLD, lr);
        assertEquals(loss, reported, 1e-5);
        FiniteDifferences.assertStep(lr, gradA, a, input, "input");
        FiniteDifferences.assertStep(lr, gradB, b, output, "output");
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
}
