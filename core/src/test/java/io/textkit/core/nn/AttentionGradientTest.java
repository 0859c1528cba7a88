package io.textkit.core.nn;

import io.textkit.core.tensor.GradientCheck;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Finite-difference checks of the attention layers with padding, w.r.t. their inputs and parameters. */
class AttentionGradientTest {
    private static final int TIME = 3;
    private static final int BATCH = 2;
    /** Example 0 has 3 real keys, example 1 has 2. */
    private static final float[] MASK = {1, 1, 1, 1, 1, 0};

    private final Random random = new Random(23);
    private final GradientCheck check = GradientCheck.standard();

    private List<Tensor> with(Module module, Tensor... inputs) {
        List<Tensor> wrt = new ArrayList<>(List.of(inputs));
        wrt.addAll(module.parameters());
        return wrt;
    }

    @Test
    void additiveAttentionContextAndWeights() {
        AdditiveAttention attention = new AdditiveAttention(2, 3, 4, random);
        Tensor query = Tensor.uniform(BATCH, 2, 1f, random);
        Tensor keys = Tensor.uniform(TIME * BATCH, 3, 1f, random);
        Tensor values = Tensor.uniform(TIME * BATCH, 2, 1f, random);
        List<Tensor> wrt = with(attention, query, keys, values);
        check.check(() -> attention.forward(query, keys, values, MASK).context(), wrt);
        check.check(() -> attention.forward(query, keys, values, MASK).weights(), wrt);
    }

    @Test
    void generalMultiplicativeAttention() {
        MultiplicativeAttention attention = MultiplicativeAttention.general(2, 3, random);
        Tensor query = Tensor.uniform(BATCH, 2, 1f, random);
        Tensor keys = Tensor.uniform(TIME * BATCH, 3, 1f, random);
        Tensor values = Tensor.uniform(TIME * BATCH, 2, 1f, random);
        List<Tensor> wrt = with(attention, query, keys, values);
        check.check(() -> attention.forward(query, keys, values, MASK).context(), wrt);
        check.check(() -> attention.forward(query, keys, values, MASK).weights(), wrt);
    }

    @Test
    void dotMultiplicativeAttentionWithKeysAsValues() {
        MultiplicativeAttention attention = MultiplicativeAttention.dot();
        Tensor query = Tensor.uniform(BATCH, 3, 1f, random);
        Tensor keys = Tensor.uniform(TIME * BATCH, 3, 1f, random);
        check.check(() -> attention.forward(query, keys, keys, MASK).context(), query, keys);
    }

    @Test
    void multiHeadAttentionWithKeyPaddingAndCausalMasks() {
        MultiHeadAttention attention = new MultiHeadAttention(4, 2, random);
        Tensor query = Tensor.uniform(3, 4, 1f, random);
        Tensor keys = Tensor.uniform(4, 4, 1f, random);
        Tensor values = Tensor.uniform(4, 4, 1f, random);
        check.check(() -> attention.forward(query, keys, values, new float[] {1, 1, 1, 0}),
                with(attention, query, keys, values));
        Tensor x = Tensor.uniform(3, 4, 1f, random);
        check.check(() -> attention.forward(x, MultiHeadAttention.causalMask(3)), with(attention, x));
    }
}
