package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.tokenize.HuffmanTree;
import io.textkit.tokenize.Vocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One hierarchical-softmax SGD step moves every weight by −lr times the analytic gradient of
 * −log p_y, p_y the product of the logistic branches on y's Huffman path; the analytic gradient is
 * itself checked against central finite differences, all in double precision on tiny sizes. The
 * labels' counts (5, 3, 2, 1, 1) give paths of different lengths, and the gold label is on a long one.
 */
class HierarchicalSoftmaxStepGradientTest {
    private static final int DIM = 3, ROWS = 5, GOLD = 4;
    private static final int[] FEATURES = {0, 3, 3, 1};
    private static final HuffmanTree TREE = labels().huffmanTree();
    private static final int LABELS = 5, NODES = TREE.innerNodes();

    @Test
    void oneStepFollowsTheNegativeGradient() {
        Random random = new Random(42);
        float[] input = FiniteDifferences.gaussian(ROWS * DIM, random);
        float[] output = FiniteDifferences.gaussian(NODES * DIM, random);
        double[] a = FiniteDifferences.toDouble(input), b = FiniteDifferences.toDouble(output);
        double[] gradA = new double[a.length], gradB = new double[b.length];
        double loss = lossAndGradient(a, b, GOLD, gradA, gradB);
        double[] scratchA = new double[a.length], scratchB = new double[b.length];
        FiniteDifferences.check(a, gradA, () -> lossAndGradient(a, b, GOLD, scratchA, scratchB), "input");
        FiniteDifferences.check(b, gradB, () -> lossAndGradient(a, b, GOLD, scratchA, scratchB), "output");

        float lr = 0.05f;
        float reported = new HierarchicalSoftmaxStep(DIM, TREE).update(input, output, FEATURES, GOLD, lr);
        assertEquals(loss, reported, 1e-5);
        FiniteDifferences.assertStep(lr, gradA, a, input, "input");
        FiniteDifferences.assertStep(lr, gradB, b, output, "output");
    }

    @Test
    void probabilitiesAreThePathProductsAndSumToOne() {
        Random random = new Random(7);
        float[] input = FiniteDifferences.gaussian(ROWS * DIM, random);
        float[] output = FiniteDifferences.gaussian(NODES * DIM, random);
        double[] a = FiniteDifferences.toDouble(input), b = FiniteDifferences.toDouble(output);
        float[] hidden = new float[DIM];
        FastTextStep.average(input, FEATURES, hidden, DIM);
        float[] p = new float[LABELS];
        HierarchicalSoftmaxStep.probabilities(output, TREE, hidden, p, DIM);
        double sum = 0;
        for (int y = 0; y < LABELS; y++) {
            double expected = Math.exp(-lossAndGradient(a, b, y, new double[a.length], new double[b.length]));
            assertEquals(expected, p[y], 1e-6, "p of label " + y);
            sum += p[y];
        }
        assertEquals(1.0, sum, 1e-6);
    }

    /** Labels a..e seen 5, 3, 2, 1 and 1 times. */
    private static Vocabulary labels() {
        Vocabulary.Counter counter = Vocabulary.counter();
        String[] names = {"a", "b", "c", "d", "e"};
        long[] counts = {5, 3, 2, 1, 1};
        for (int i = 0; i < names.length; i++) {
            counter.add(names[i], counts[i]);
        }
        return counter.build(1, 0, List.of());
    }

    /**
     * L = −Σ_i log σ(±B[n_i]·h) over label y's path (+ for code 0, − for code 1), h the mean of A's
     * feature rows; fills ∂L/∂A and ∂L/∂B.
     */
    private static double lossAndGradient(double[] a, double[] b, int y, double[] gradA, double[] gradB) {
        double[] h = new double[DIM];
        for (int f : FEATURES) {
            for (int i = 0; i < DIM; i++) {
                h[i] += a[f * DIM + i] / FEATURES.length;
            }
        }
        Arrays.fill(gradB, 0);
        double[] dh = new double[DIM];
        double loss = 0;
        for (int d = TREE.offset(y); d < TREE.offset(y) + TREE.codeLength(y); d++) {
            int node = TREE.points()[d];
            double f = 0;
            for (int i = 0; i < DIM; i++) {
                f += b[node * DIM + i] * h[i];
            }
            double sign = TREE.codes()[d] == 0 ? 1 : -1;
            double sigma = 1 / (1 + Math.exp(-sign * f));
            loss -= Math.log(sigma);
            double df = -sign * (1 - sigma);
            for (int i = 0; i < DIM; i++) {
                gradB[node * DIM + i] += df * h[i];
                dh[i] += df * b[node * DIM + i];
            }
        }
        Arrays.fill(gradA, 0);
        for (int f : FEATURES) {
            for (int i = 0; i < DIM; i++) {
                gradA[f * DIM + i] += dh[i] / FEATURES.length;
            }
        }
        return loss;
    }
}
