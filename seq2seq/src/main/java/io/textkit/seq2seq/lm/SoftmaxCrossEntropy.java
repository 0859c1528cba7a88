package io.textkit.seq2seq.lm;

import io.textkit.core.tensor.FloatMath;
import io.textkit.core.tensor.Tensor;
import org.ejml.data.FMatrixRMaj;

/**
 * The mean cross-entropy of a softmax over the vocabulary, the language model's loss:
 *
 * <pre>
 *   L = −(1/N) Σ_i log softmax(y_i)[t_i] = (1/N) Σ_i (log Σ_j e^(y_ij − m_i) − (y_{i,t_i} − m_i))
 *   ∂L/∂y_i = (softmax(y_i) − onehot(t_i)) / N                      m_i = max_j y_ij
 * </pre>
 *
 * <p>Its value and gradient are those of {@link io.textkit.core.nn.Losses#crossEntropy}, computed
 * with one {@link FloatMath#exp} per logit instead of two {@code Math.exp} in double: over a
 * vocabulary of ten thousand words the exponentials cost as much as the output layer's product.
 * {@code FloatMath.exp} and {@code StrictMath.log} give the same bits in the interpreter and in
 * JIT-compiled code, so training with a fixed seed on one thread is bit-identical from run to run.
 */
final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {}

    /** L for {@code logits} ({@code N × vocabulary}) and {@code targets} (N ids, read only), as {@code 1 × 1}. */
    static Tensor mean(Tensor logits, int[] targets) {
        int n = logits.rows();
        int classes = logits.cols();
        if (targets.length != n) {
            throw new IllegalArgumentException("cross-entropy: " + targets.length + " targets for " + n + " rows of logits");
        }
        float[] y = logits.data();
        float[] p = new float[y.length];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int t = targets[i];
            if (t < 0 || t >= classes) {
                throw new IllegalArgumentException("cross-entropy: target " + t + " at row " + i
                        + " is outside the vocabulary of " + classes);
            }
            int base = i * classes;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = base; j < base + classes; j++) {
                max = Math.max(max, y[j]);
            }
            double sum = 0;
            for (int j = base; j < base + classes; j++) {
                float e = FloatMath.exp(y[j] - max);
                p[j] = e;
                sum += e;
            }
            float inverse = (float) (1 / sum);
            for (int j = base; j < base + classes; j++) {
                p[j] *= inverse;
            }
            total += StrictMath.log(sum) - (y[base + t] - max);
        }
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        out.data[0] = (float) (total / n);
        return Tensor.result("softmaxCrossEntropy", out, logits).withBackward(o -> {
            float scale = o.grad().data[0] / n;
            float[] g = logits.gradForAccumulation().data;
            for (int i = 0; i < n; i++) {
                int base = i * classes;
                for (int j = base; j < base + classes; j++) {
                    g[j] += scale * p[j];
                }
                g[base + targets[i]] -= scale;
            }
        });
    }
}
