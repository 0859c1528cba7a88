package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.nn.Losses;
import io.textkit.core.tensor.GradientCheck;
import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The language model's loss equals core's cross-entropy, value and gradient, and passes a gradient check. */
class SoftmaxCrossEntropyTest {
    private static final int[] TARGETS = {0, 4, 2, 4};

    @Test
    void valueAndGradientEqualCoreCrossEntropy() {
        Tensor logits = Tensor.parameter(Tensor.uniform(4, 5, 6f, new Random(3)).value());
        Tensor mine = SoftmaxCrossEntropy.mean(logits, TARGETS);
        mine.backward();
        float[] myGradient = logits.grad().data.clone();
        logits.zeroGrad();
        Tensor core = Losses.crossEntropy(logits, TARGETS);
        core.backward();
        assertEquals(core.item(), mine.item(), 1e-6f);
        assertArrayEquals(logits.grad().data, myGradient, 1e-6f);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Tensor logits = Tensor.parameter(Tensor.uniform(4, 5, 2f, new Random(4)).value());
        GradientCheck.standard().check(() -> SoftmaxCrossEntropy.mean(logits, TARGETS), logits);
    }
}
