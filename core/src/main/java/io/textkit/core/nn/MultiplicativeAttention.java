package io.textkit.core.nn;

import static io.textkit.core.tensor.Arithmetic.matmul;
import static io.textkit.core.tensor.Arithmetic.mul;

import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Tensor;
import java.util.Random;

/**
 * Multiplicative attention (Luong et al. 2015), scoring each key by a bilinear form with the query:
 *
 * <pre>
 *   general: score(q, k) = qᵀ W k      (W querySize × keySize, learned)
 *   dot:     score(q, k) = qᵀ k        (no parameters; querySize = keySize)
 * </pre>
 *
 * <p>Computed as ⟨q·W, k⟩ so that the product with W is one per example, not one per key.
 */
public final class MultiplicativeAttention extends Module {
    private final Tensor weight;

    private MultiplicativeAttention(Tensor weight) {
        this.weight = weight == null ? null : registerParameter("weight", weight);
    }

    /** Luong's "general" score with a learned {@code querySize × keySize} W, Glorot-uniform initialised. */
    public static MultiplicativeAttention general(int querySize, int keySize, Random random) {
        float bound = (float) Math.sqrt(6.0 / (querySize + keySize));
        return new MultiplicativeAttention(Tensor.uniform(querySize, keySize, bound, random));
    }

    /** Luong's "dot" score, without parameters. */
    public static MultiplicativeAttention dot() {
        return new MultiplicativeAttention(null);
    }

    /**
     * Attends with one query per example ({@code batch × querySize}) over time-major keys
     * ({@code (time·batch) × keySize}) and values ({@code (time·batch) × valueSize}); {@code mask}
     * ({@code float[time·batch]}, 0 for padding) may be {@code null}.
     */
    public AttentionOutput forward(Tensor query, Tensor keys, Tensor values, float[] mask) {
        int time = TimeMajorAttention.timeSteps("MultiplicativeAttention", query, keys, values, mask);
        Tensor projected = weight == null ? query : matmul(query, weight);
        if (projected.cols() != keys.cols()) {
            throw new IllegalArgumentException("MultiplicativeAttention: query scores against " + projected.cols()
                    + " key columns, keys have " + keys.cols());
        }
        Tensor scores = Reductions.sumOverCols(mul(keys, TimeMajorAttention.repeatOverTime(projected, time)));
        return TimeMajorAttention.attend(scores, values, query.rows(), mask);
    }
}
