package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.GradientCheck;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Finite-difference checks of every layer with respect to its input and every parameter (see
 * {@link GradientCheck} for the tolerance).
 */
class LayerGradientTest {
    private final Random random = new Random(11);
    private final GradientCheck check = GradientCheck.standard();

    /** The input followed by every parameter of the module. */
    private static List<Tensor> inputAndParameters(Tensor x, Module module) {
        List<Tensor> wrt = new ArrayList<>();
        wrt.add(x);
        wrt.addAll(module.parameters());
        return wrt;
    }

    /** Overwrites every parameter with non-trivial values, so that e.g. γ = 1, β = 0 hide nothing. */
    private void randomize(Module module) {
        for (Tensor p : module.parameters()) {
            float[] src = TestValues.awayFromZero(p.rows(), p.cols(), random).data();
            System.arraycopy(src, 0, p.data(), 0, src.length);
        }
    }

    @Test
    void linearWithAndWithoutBias() {
        Tensor x = TestValues.awayFromZero(4, 3, random);
        Linear withBias = new Linear(3, 5, true, random);
        randomize(withBias);
        check.check(() -> withBias.forward(x), inputAndParameters(x, withBias));
        Linear noBias = new Linear(3, 2, false, random);
        check.check(() -> noBias.forward(x), inputAndParameters(x, noBias));
    }

    @Test
    void embeddingWithRepeatsPaddingAndNegativeIds() {
        Embedding embedding = new Embedding(6, 3, 0, random);
        int[] ids = {4, 0, 4, 2, -1, 5};
        check.check(() -> embedding.forward(ids), embedding.weight());
    }

    @Test
    void conv1dOverTimeMajorBatch() {
        int batch = 2;
        Tensor x = TestValues.awayFromZero(5 * batch, 3, random);
        Conv1d conv = new Conv1d(3, 4, 2, random);
        randomize(conv);
        check.check(() -> conv.forward(x, batch), inputAndParameters(x, conv));
    }

    @Test
    void layerNorm() {
        Tensor x = TestValues.awayFromZero(3, 5, random);
        LayerNorm norm = new LayerNorm(5, 1e-5f);
        randomize(norm);
        check.check(() -> norm.forward(x), inputAndParameters(x, norm));
    }

    @Test
    void batchNormInTrainingAndEvaluationMode() {
        Tensor x = TestValues.awayFromZero(6, 4, random);
        BatchNorm norm = new BatchNorm(4, 1e-5f, 0.1f);
        randomize(norm);
        // The running estimates change on every call, but the training output does not read them.
        check.check(() -> norm.forward(x), inputAndParameters(x, norm));
        norm.train(false);
        check.check(() -> norm.forward(x), inputAndParameters(x, norm));
    }

    @Test
    void dropoutWithTheSameMaskOnEveryCall() {
        Tensor x = TestValues.awayFromZero(4, 5, random);
        // A layer has no parameters, so a fresh one per call is the same function with the same mask.
        check.check(() -> new DropoutLayer(0.4f, 3).forward(x), x);
    }

    @Test
    void preluPerFeatureAndShared() {
        Tensor x = TestValues.awayFromZero(4, 3, random);
        PReLU perFeature = new PReLU(3);
        randomize(perFeature);
        check.check(() -> perFeature.forward(x), inputAndParameters(x, perFeature));
        PReLU shared = new PReLU();
        check.check(() -> shared.forward(x), inputAndParameters(x, shared));
    }

    @Test
    void maxoutAwayFromTies() {
        Tensor x = TestValues.awayFromZero(4, 3, random);
        Maxout maxout = new Maxout(3, 2, 3, new Random(5));
        randomize(maxout);
        assertTrue(smallestWinningMargin(maxout.linear().forward(x), 3) > 0.1f,
                "pick another seed: a near-tie makes the finite difference cross a kink");
        check.check(() -> maxout.forward(x), inputAndParameters(x, maxout));
    }

    /** The smallest gap between the largest and second-largest piece of any unit. */
    private static float smallestWinningMargin(Tensor preActivation, int pieces) {
        float[] v = preActivation.data();
        float smallest = Float.MAX_VALUE;
        for (int start = 0; start < v.length; start += pieces) {
            float best = -Float.MAX_VALUE;
            float second = -Float.MAX_VALUE;
            for (int k = start; k < start + pieces; k++) {
                if (v[k] > best) {
                    second = best;
                    best = v[k];
                } else if (v[k] > second) {
                    second = v[k];
                }
            }
            smallest = Math.min(smallest, best - second);
        }
        return smallest;
    }

    @Test
    void residualAroundALinear() {
        Tensor x = TestValues.awayFromZero(3, 4, random);
        Residual residual = new Residual(new Linear(4, 4, true, random));
        randomize(residual);
        check.check(() -> residual.forward(x), inputAndParameters(x, residual));
    }

    @Test
    void sequentialThroughActivations() {
        Tensor x = TestValues.awayFromZero(3, 4, random);
        Sequential net = new Sequential(
                new Linear(4, 5, true, random),
                new Activation(Activations::tanh),
                new LayerNorm(5, 1e-5f),
                new Linear(5, 2, true, random));
        randomize(net);
        check.check(() -> net.forward(x), inputAndParameters(x, net));
        Activation relu = new Activation(Activations::relu);
        check.check(() -> relu.forward(x), x);
    }
}
