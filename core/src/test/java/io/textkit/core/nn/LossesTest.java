package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textkit.core.tensor.GradientCheck;
import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Known answers computed by hand, and finite-difference checks, for each loss. */
class LossesTest {
    private static Tensor param(int rows, int cols, float... v) {
        return Tensor.parameter(FMatrixRMaj.wrap(rows, cols, v));
    }

    @Test
    void crossEntropyKnownAnswer() {
        // Row [1, 2, 3] with target 2: −log(e³ / (e + e² + e³)) = log(1 + e^−1 + e^−2) = 0.4076059644.
        // Row [0, 0] with target 0: log 2 = 0.6931471806. Mean: 0.5503765725.
        Tensor single = param(1, 3, 1f, 2f, 3f);
        assertEquals(0.4076059644f, Losses.crossEntropy(single, new int[] {2}).item(), 1e-6f);
        Tensor a = param(1, 3, 1f, 2f, 3f);
        Tensor logits = Tensor.parameter(FMatrixRMaj.wrap(2, 3, new float[] {1f, 2f, 3f, 0f, 0f, -100f}));
        assertEquals((0.4076059644f + 0.6931471806f) / 2, Losses.crossEntropy(logits, new int[] {2, 0}).item(), 1e-5f);

        // ∂/∂logits = softmax − onehot: softmax([1,2,3]) = [0.0900306, 0.2447285, 0.6652410].
        Losses.crossEntropy(a, new int[] {2}).backward();
        assertArrayEquals(new float[] {0.0900306f, 0.2447285f, 0.6652410f - 1f}, a.grad().data, 1e-6f);
    }

    @Test
    void crossEntropySkipsIgnoredTargets() {
        Tensor logits = param(3, 2, 0f, 0f, 5f, -5f, 1f, 1f);
        Tensor loss = Losses.crossEntropy(logits, new int[] {0, -100, 1}, -100, 0f);
        assertEquals((float) Math.log(2), loss.item(), 1e-6f);
        loss.backward();
        assertEquals(0f, logits.grad().get(1, 0));
        assertEquals(0f, logits.grad().get(1, 1));
        assertEquals((0.5f - 1f) / 2, logits.grad().get(0, 0), 1e-6f);
    }

    @Test
    void crossEntropyWithLabelSmoothing() {
        // q = (1 − 0.1)·onehot(2) + 0.1/3; loss = −Σ q_j log p_j with log p = [−2.4076, −1.4076, −0.4076].
        Tensor logits = param(1, 3, 1f, 2f, 3f);
        double lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
        double expected = 0;
        for (int j = 0; j < 3; j++) {
            double q = 0.1 / 3 + (j == 2 ? 0.9 : 0);
            expected -= q * ((j + 1) - lse);
        }
        assertEquals((float) expected, Losses.crossEntropy(logits, new int[] {2}, -1, 0.1f).item(), 1e-6f);
    }

    @Test
    void crossEntropyRefusesATargetOutsideTheClasses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Losses.crossEntropy(param(1, 3, 0f, 0f, 0f), new int[] {3}));
        assertEquals("crossEntropy: target 3 at row 0 is not a class in [0, 3)", e.getMessage());
    }

    @Test
    void classWeightsGiveTheWeightedMean() {
        // Rows as in crossEntropyKnownAnswer: ℓ = 0.4076059644 (target 2), 0.6931471806 (target 0).
        // Weights w_2 = 3, w_0 = 1: L = (3·0.4076059644 + 0.6931471806) / 2 = 0.9579825369.
        Tensor logits = param(2, 3, 1f, 2f, 3f, 0f, 0f, -100f);
        Tensor loss = Losses.crossEntropy(logits, new int[] {2, 0}, -1, 0f, new float[] {1f, 0.5f, 3f});
        assertEquals(0.9579825369f, loss.item(), 1e-6f);
        loss.backward();
        // ∂ row 0 = 3·(softmax − onehot(2)) / 2.
        assertEquals(3 * (0.6652410f - 1f) / 2, logits.grad().get(0, 2), 1e-6f);
        assertEquals(3 * 0.0900306f / 2, logits.grad().get(0, 0), 1e-6f);
        Tensor equal = param(2, 3, 1f, 2f, 3f, 0f, 0f, -100f);
        assertEquals(Losses.crossEntropy(logits, new int[] {2, 0}).item(),
                Losses.crossEntropy(equal, new int[] {2, 0}, -1, 0f, new float[] {1f, 1f, 1f}).item(), 1e-7f,
                "weights of 1 change nothing");
    }

    @Test
    void binaryCrossEntropyKnownAnswer() {
        // x = 0, t = 1: log 2. x = 2, t = 0: log(1 + e²) = 2.1269280110. Mean 1.4100375958.
        Tensor logits = param(1, 2, 0f, 2f);
        Tensor targets = Tensor.of(1, 2, 1f, 0f);
        assertEquals(1.4100375958f, Losses.binaryCrossEntropy(logits, targets).item(), 1e-6f);
        Tensor extreme = param(1, 1, 200f);
        assertEquals(200f, Losses.binaryCrossEntropy(extreme, Tensor.of(1, 1, 0f)).item(), 1e-3f, "no overflow");
    }

    @Test
    void meanSquaredErrorKnownAnswer() {
        Tensor y = param(1, 2, 1f, 4f);
        Tensor loss = Losses.meanSquaredError(y, Tensor.of(1, 2, 0f, 2f));
        assertEquals(2.5f, loss.item());
        loss.backward();
        assertArrayEquals(new float[] {1f, 2f}, y.grad().data);
    }

    @Test
    void lossGradientsMatchFiniteDifferences() {
        Random random = new Random(5);
        Tensor logits = Tensor.uniform(4, 3, 2f, random);
        Tensor targets = Tensor.of(4, 3, 1f, 0f, 0.5f, 0f, 1f, 1f, 0.2f, 0.9f, 0f, 1f, 0f, 0f);
        GradientCheck check = GradientCheck.standard();
        check.check(() -> Losses.crossEntropy(logits, new int[] {0, 2, -1, 1}, -1, 0.2f), logits);
        check.check(() -> Losses.crossEntropy(logits, new int[] {0, 2, -1, 1}, -1, 0.2f, new float[] {0.5f, 2f, 3f}),
                logits);
        check.check(() -> Losses.binaryCrossEntropy(logits, targets), logits);
        check.check(() -> Losses.meanSquaredError(logits, targets), logits);
    }
}
