package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Padded keys get weight exactly 0, every row of weights is a distribution, and what sits in the
 * padding cannot change the result.
 */
class AttentionMaskingTest {
    private static final int TIME = 4;
    private static final int BATCH = 3;
    private static final int[] LENGTHS = {4, 2, 1};

    private final Random random = new Random(31);

    private static float[] mask() {
        float[] mask = new float[TIME * BATCH];
        for (int t = 0; t < TIME; t++) {
            for (int b = 0; b < BATCH; b++) {
                mask[t * BATCH + b] = t < LENGTHS[b] ? 1 : 0;
            }
        }
        return mask;
    }

    /** A copy of {@code a} with the padded rows overwritten by large values. */
    private static Tensor withGarbageInPadding(Tensor a, float[] mask) {
        float[] d = a.data().clone();
        for (int row = 0; row < mask.length; row++) {
            if (mask[row] == 0) {
                for (int j = 0; j < a.cols(); j++) {
                    d[row * a.cols() + j] = 50f + j;
                }
            }
        }
        return Tensor.of(a.rows(), a.cols(), d);
    }

    private interface Attention {
        AttentionOutput forward(Tensor query, Tensor keys, Tensor values, float[] mask);
    }

    private void checkMasking(Attention attention, int querySize, int keySize) {
        float[] mask = mask();
        Tensor query = Tensor.uniform(BATCH, querySize, 1f, random);
        Tensor keys = Tensor.uniform(TIME * BATCH, keySize, 1f, random);
        Tensor values = Tensor.uniform(TIME * BATCH, 3, 1f, random);

        AttentionOutput out = attention.forward(query, keys, values, mask);
        AttentionOutput garbage = attention.forward(query, withGarbageInPadding(keys, mask),
                withGarbageInPadding(values, mask), mask);

        assertEquals(BATCH, out.weights().rows());
        assertEquals(TIME, out.weights().cols());
        for (int b = 0; b < BATCH; b++) {
            double sum = 0;
            for (int t = 0; t < TIME; t++) {
                float weight = out.weights().get(b, t);
                if (t >= LENGTHS[b]) {
                    assertEquals(0f, weight, "weight of padded key " + t + " of example " + b);
                }
                sum += weight;
                assertEquals(weight, garbage.weights().get(b, t));
            }
            assertEquals(1.0, sum, 1e-6, "weights of example " + b);
            for (int j = 0; j < 3; j++) {
                assertEquals(out.context().get(b, j), garbage.context().get(b, j), "context of example " + b);
            }
        }
        assertEquals(values.get(2, 0), out.context().get(2, 0), 1e-6, "one real key: its value is the context");
    }

    @Test
    void additive() {
        checkMasking(new AdditiveAttention(2, 3, 4, random)::forward, 2, 3);
    }

    @Test
    void multiplicativeGeneral() {
        checkMasking(MultiplicativeAttention.general(2, 3, random)::forward, 2, 3);
    }

    @Test
    void multiplicativeDot() {
        checkMasking(MultiplicativeAttention.dot()::forward, 3, 3);
    }

    @Test
    void multiHeadAttentionIgnoresPaddedKeys() {
        MultiHeadAttention attention = new MultiHeadAttention(4, 2, random);
        Tensor query = Tensor.uniform(2, 4, 1f, random);
        Tensor keys = Tensor.uniform(3, 4, 1f, random);
        float[] mask = {1, 1, 0};
        Tensor out = attention.forward(query, keys, keys, mask);
        Tensor garbage = attention.forward(query, withGarbageInPadding(keys, mask), withGarbageInPadding(keys, mask), mask);
        Tensor truncated = attention.forward(query, Tensor.of(2, 4, Arrays.copyOf(keys.data(), 8)),
                Tensor.of(2, 4, Arrays.copyOf(keys.data(), 8)), null);
        for (int k = 0; k < out.data().length; k++) {
            assertEquals(out.data()[k], garbage.data()[k]);
            assertEquals(truncated.data()[k], out.data()[k], 1e-6);
        }
    }

    @Test
    void causalMaskHidesTheFuture() {
        MultiHeadAttention attention = new MultiHeadAttention(4, 2, random);
        Tensor x = Tensor.uniform(3, 4, 1f, random);
        Tensor changedLast = Tensor.of(3, 4, x.data().clone());
        changedLast.data()[2 * 4] += 1f;
        Tensor out = attention.forward(x, MultiHeadAttention.causalMask(3));
        Tensor changed = attention.forward(changedLast, MultiHeadAttention.causalMask(3));
        for (int k = 0; k < 2 * 4; k++) {
            assertEquals(out.data()[k], changed.data()[k], "positions before the change");
        }
    }
}
