package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.tokenize.HuffmanTree;
import io.textkit.tokenize.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One skip-gram step and one CBOW step, with negative sampling and with hierarchical softmax,
 * compared with α times the analytic gradient of the objective, computed in double with the exact
 * sigmoid at the parameters before the step:
 * <pre>
 *   NS:  L = log σ(u_o·h) + Σ_k log σ(−u_k·h)
 *   HS:  L = Σ_d log σ((1 − 2·code_d)·u_{point_d}·h)
 * </pre>
 * with h = v_c for skip-gram and h = mean of the context rows for CBOW. Each term's gradient is
 * (y − σ(f)) times the other vector, and the code looks σ up in a table that reads at most 0.003
 * low (a step is 12/1000 wide, σ′ ≤ ¼), so a component may differ by at most
 * α·0.003·Σ_terms |other vector's component|, plus float rounding; that is the tolerance. For CBOW
 * with the mean, every context row receives α·∂L/∂h, not α·∂L/∂h/n, as in the C tool and gensim.
 */
class OutputLayerGradientTest {
    private static final int DIM = 4;
    private static final float ALPHA = 0.5f;
    private static final double TABLE_ERROR = 0.003;
    private static final double ROUNDING = 1e-6;
    private static final long[] COUNTS = {50, 30, 20, 12, 7, 4};

    private final Vocabulary vocabulary = Fixtures.vocabulary(COUNTS);
    private final int v = COUNTS.length;

    @Test
    void skipGramNegativeSamplingStepIsAlphaTimesTheGradient() {
        check(false, false);
    }

    @Test
    void skipGramHierarchicalSoftmaxStepIsAlphaTimesTheGradient() {
        check(false, true);
    }

    @Test
    void skipGramHierarchicalSoftmaxStepOnAThreadsCopyOfTheTopNodesIsAlphaTimesTheGradientOncePublished() {
        check(false, true, 2);
    }

    @Test
    void cbowNegativeSamplingStepIsAlphaTimesTheGradient() {
        check(true, false);
    }

    @Test
    void cbowHierarchicalSoftmaxStepIsAlphaTimesTheGradient() {
        check(true, true);
    }

    @Test
    void cbowHierarchicalSoftmaxStepOnAThreadsCopyOfTheWholeTreeIsAlphaTimesTheGradientOncePublished() {
        check(true, true, COUNTS.length);
    }

    /** Output row {@code row} of matrix {@code out} scored with label {@code label}. */
    private record Term(float[] out, int row, int label) {}

    private void check(boolean cbow, boolean hs) {
        check(cbow, hs, 0);
    }

    /** The step with {@code hotNodes} of the tree trained on the thread's own copy, then published. */
    private void check(boolean cbow, boolean hs, int hotNodes) {
        int word = 1;
        int[] sentence = cbow ? new int[] {3, word, 5} : new int[] {3, word};
        float[] input = Fixtures.randomRows(v * DIM, 1);
        HuffmanTree tree = vocabulary.huffmanTree();
        float[] hsOut = hs ? Fixtures.randomRows(tree.innerNodes() * DIM, 2) : null;
        float[] nsOut = hs ? null : Fixtures.randomRows(v * DIM, 3);
        int negative = hs ? 0 : 3;
        NoiseSampler noise = NoiseSampler.of(vocabulary);
        long seed = 11;

        List<Term> terms = new ArrayList<>();
        if (hs) {
            for (int d = tree.offset(word); d < tree.offset(word) + tree.codeLength(word); d++) {
                terms.add(new Term(hsOut, tree.points()[d], 1 - tree.codes()[d]));
            }
        } else {
            terms.add(new Term(nsOut, word, 1));
            Lcg replay = new Lcg(seed);
            List<Integer> drawn = new ArrayList<>();
            for (int k = 0; k < negative; k++) {
                int target = noise.sample(replay);
                if (target != word) {
                    assertTrue(!drawn.contains(target), "this seed must draw distinct noise words");
                    drawn.add(target);
                    terms.add(new Term(nsOut, target, 0));
                }
            }
            assertTrue(drawn.size() >= 2, "the check needs noise words: " + drawn);
        }

        int[] context = cbow ? new int[] {3, 5} : new int[] {3};
        double[] h = new double[DIM];
        for (int c : context) {
            for (int i = 0; i < DIM; i++) {
                h[i] += input[c * DIM + i] / (double) context.length;
            }
        }
        double[] expectedErr = new double[DIM];
        double[] errTolerance = new double[DIM];
        List<double[]> expectedOut = new ArrayList<>();
        List<double[]> outTolerance = new ArrayList<>();
        for (Term t : terms) {
            double f = 0;
            for (int i = 0; i < DIM; i++) {
                f += h[i] * t.out[t.row * DIM + i];
            }
            assertTrue(Math.abs(f) < SigmoidTable.MAX_EXP, "keep f inside the table for this check");
            double g = ALPHA * (t.label - 1 / (1 + Math.exp(-f)));
            double[] out = new double[DIM];
            double[] tol = new double[DIM];
            for (int i = 0; i < DIM; i++) {
                double u = t.out[t.row * DIM + i];
                expectedErr[i] += g * u;
                errTolerance[i] += ALPHA * TABLE_ERROR * Math.abs(u);
                out[i] = u + g * h[i];
                tol[i] = ALPHA * TABLE_ERROR * Math.abs(h[i]) + ROUNDING;
            }
            expectedOut.add(out);
            outTolerance.add(tol);
        }
        float[] inputBefore = input.clone();

        var output = new OutputLayer(DIM, hsOut, hs ? tree : null, nsOut, negative, noise, hotNodes);
        Architecture architecture = cbow ? new Cbow(input, DIM, output, true) : new SkipGram(input, DIM, output);
        architecture.train(sentence, sentence.length, 1, 1, ALPHA, new Lcg(seed));
        architecture.publish();

        for (int k = 0; k < terms.size(); k++) {
            Term t = terms.get(k);
            for (int i = 0; i < DIM; i++) {
                assertEquals(expectedOut.get(k)[i], t.out[t.row * DIM + i], outTolerance.get(k)[i],
                        "output row " + t.row + "[" + i + "]");
            }
        }
        for (int c : context) {
            for (int i = 0; i < DIM; i++) {
                double applied = input[c * DIM + i] - inputBefore[c * DIM + i];
                assertEquals(expectedErr[i], applied, errTolerance[i] + ROUNDING, "input row " + c + "[" + i + "]");
                assertNotEquals(0.0, applied, "the step should move input row " + c);
            }
        }
        for (int w = 0; w < v; w++) {
            if (w != 3 && w != 5) {
                for (int i = 0; i < DIM; i++) {
                    assertEquals(inputBefore[w * DIM + i], input[w * DIM + i], 0.0, "untouched input row " + w);
                }
            }
        }
    }
}
