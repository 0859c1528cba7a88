package io.textkit.core.nn;

import static io.textkit.core.tensor.Activations.tanh;
import static io.textkit.core.tensor.Arithmetic.add;
import static io.textkit.core.tensor.Arithmetic.matmul;

import io.textkit.core.tensor.Tensor;
import java.util.Random;

/**
 * Additive attention (Bahdanau et al. 2015): a small feed-forward net scores each key against the
 * query,
 *
 * <pre>
 *   score(q, k) = vᵀ tanh(q·W_q + k·W_k)
 * </pre>
 *
 * <p>with {@code W_q} ({@code querySize × attentionSize}), {@code W_k} ({@code keySize ×
 * attentionSize}) and {@code v} ({@code attentionSize × 1}), Glorot-uniform initialised. The
 * weights are the softmax of the scores over each example's real steps; the context is the weighted
 * sum of the values.
 */
public final class AdditiveAttention extends Module {
    private final Tensor queryWeight;
    private final Tensor keyWeight;
    private final Tensor scoreVector;

    public AdditiveAttention(int querySize, int keySize, int attentionSize, Random random) {
        queryWeight = registerParameter("queryWeight", glorot(querySize, attentionSize, random));
        keyWeight = registerParameter("keyWeight", glorot(keySize, attentionSize, random));
        scoreVector = registerParameter("scoreVector", glorot(attentionSize, 1, random));
    }

    private static Tensor glorot(int in, int out, Random random) {
        return Tensor.uniform(in, out, (float) Math.sqrt(6.0 / (in + out)), random);
    }

    /**
     * Attends with one query per example ({@code batch × querySize}) over time-major keys
     * ({@code (time·batch) × keySize}) and values ({@code (time·batch) × valueSize}); {@code mask}
     * ({@code float[time·batch]}, 0 for padding) may be {@code null}.
     */
    public AttentionOutput forward(Tensor query, Tensor keys, Tensor values, float[] mask) {
        int time = TimeMajorAttention.timeSteps("AdditiveAttention", query, keys, values, mask);
        Tensor queryPart = TimeMajorAttention.repeatOverTime(matmul(query, queryWeight), time);
        Tensor scores = matmul(tanh(add(matmul(keys, keyWeight), queryPart)), scoreVector);
        return TimeMajorAttention.attend(scores, values, query.rows(), mask);
    }
}
