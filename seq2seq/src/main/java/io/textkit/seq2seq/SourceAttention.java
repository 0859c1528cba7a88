package io.textkit.seq2seq;

import static io.textkit.core.tensor.Arithmetic.matmul;

import io.textkit.core.nn.Module;
import io.textkit.core.tensor.FloatMath;
import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * Attention of decoder rows over the source memory, with each row pointing at its own sentence: in
 * training a row is a sentence, in beam search several rows (hypotheses) share one sentence's
 * memory, which is never copied. For row r of sentence s and each position t of s,
 *
 * <pre>
 *   additive: e_t = vᵀ tanh(q_r·W_q + k_t)      k = m·W_k   (Bahdanau et al. 2015)
 *   dot:      e_t = q_r · k_t                   k = m       (Luong et al. 2015)
 *   general:  e_t = q_r · k_t                   k = m·W     (Luong et al. 2015)
 *   α = softmax(e) over s's real positions,     context_r = Σ_t α_t m_t
 * </pre>
 *
 * <p>The key projection does not depend on the decoder, so {@link #keys} computes it once per
 * batch; a decoder step then costs one small product ({@code q·W_q}, additive only) and one fused
 * op for scores, softmax and context, whose backward recomputes the tanh rather than keeping
 * {@code rows × time × attention} floats per step.
 */
public final class SourceAttention extends Module {
    private final AttentionKind kind;
    private final Tensor queryWeight;
    private final Tensor keyWeight;
    private final Tensor scoreVector;

    /** Attention of a {@code querySize}-wide decoder state over a {@code memorySize}-wide memory. */
    public SourceAttention(AttentionKind kind, int querySize, int memorySize, int attentionSize, Random random) {
        this.kind = kind;
        switch (kind) {
            case ADDITIVE -> {
                queryWeight = registerParameter("queryWeight", glorot(querySize, attentionSize, random));
                keyWeight = registerParameter("keyWeight", glorot(memorySize, attentionSize, random));
                scoreVector = registerParameter("scoreVector", glorot(1, attentionSize, random));
            }
            case GENERAL -> {
                queryWeight = null;
                keyWeight = registerParameter("keyWeight", glorot(memorySize, querySize, random));
                scoreVector = null;
            }
            case DOT -> {
                if (querySize != memorySize) {
                    throw new IllegalArgumentException("dot attention needs the decoder state as wide as the source memory, got "
                            + querySize + " and " + memorySize + "; use general or additive attention");
                }
                queryWeight = null;
                keyWeight = null;
                scoreVector = null;
            }
            default -> throw new IllegalArgumentException("unknown attention kind " + kind);
        }
    }

    private static Tensor glorot(int in, int out, Random random) {
        return Tensor.uniform(in, out, (float) Math.sqrt(6.0 / (in + out)), random);
    }

    public AttentionKind kind() {
        return kind;
    }

    /** The keys of {@code values} ({@code (time·sentences) × memorySize}), once per batch. */
    public Tensor keys(Tensor values) {
        return keyWeight == null ? values : matmul(values, keyWeight);
    }

    /**
     * Attends with {@code query} ({@code rows × querySize}), row r over the memory of sentence
     * {@code sentenceOf[r]}.
     *
     * @return the context ({@code rows × memorySize}) and the weights, row-major
     *     {@code rows × memory.time()}, zero past each sentence's end
     */
    public Attended attend(Tensor query, SourceMemory memory, int[] sentenceOf) {
        if (sentenceOf.length != query.rows()) {
            throw new IllegalArgumentException("attention: " + sentenceOf.length + " sentence indices for " + query.rows()
                    + " query rows");
        }
        Tensor q = queryWeight == null ? query : matmul(query, queryWeight);
        if (q.cols() != memory.keys().cols()) {
            throw new IllegalArgumentException("attention: queries of " + q.cols() + " columns against keys of "
                    + memory.keys().cols());
        }
        return mix(q, memory, sentenceOf, scoreVector);
    }

    /** Context and weights of one step. */
    public record Attended(Tensor context, float[] weights) {}

    /** The fused scores → masked softmax → weighted sum, with its backward. */
    private static Attended mix(Tensor q, SourceMemory memory, int[] sentenceOf, Tensor v) {
        int rows = q.rows();
        int width = q.cols();
        int sentences = memory.sentences();
        int time = memory.time();
        int[] lengths = memory.lengths();
        Tensor keys = memory.keys();
        Tensor values = memory.values();
        int dv = values.cols();
        float[] qd = q.data();
        float[] kd = keys.data();
        float[] vd = values.data();
        float[] sv = v == null ? null : v.data();
        float[] alpha = new float[rows * time];
        FMatrixRMaj context = new FMatrixRMaj(rows, dv);
        float[] cd = context.data;
        float[] tmp = new float[width];
        for (int r = 0; r < rows; r++) {
            int s = sentence(sentenceOf, r, sentences);
            int length = lengths[s];
            int a0 = r * time;
            float max = Float.NEGATIVE_INFINITY;
            for (int t = 0; t < length; t++) {
                int k = (t * sentences + s) * width;
                float e = sv == null ? dot(qd, r * width, kd, k, width) : additiveScore(qd, r * width, kd, k, sv, tmp);
                alpha[a0 + t] = e;
                max = Math.max(max, e);
            }
            float sum = 0;
            for (int t = 0; t < length; t++) {
                float p = FloatMath.exp(alpha[a0 + t] - max);
                alpha[a0 + t] = p;
                sum += p;
            }
            float inv = 1 / sum;
            for (int t = 0; t < length; t++) {
                float a = alpha[a0 + t] * inv;
                alpha[a0 + t] = a;
                int m = (t * sentences + s) * dv;
                for (int j = 0; j < dv; j++) {
                    cd[r * dv + j] += a * vd[m + j];
                }
            }
        }
        Tensor out = v == null ? Tensor.result("sourceAttention", context, q, keys, values)
                : Tensor.result("sourceAttention", context, q, keys, values, v);
        out.withBackward(o -> backward(o.grad().data, q, keys, values, v, memory, sentenceOf, alpha));
        return new Attended(out, alpha);
    }

    /**
     * ∂α_t = ∂c·m_t, ∂m_t += α_t ∂c, ∂e_t = α_t (∂α_t − Σ_u α_u ∂α_u); then additive:
     * ∂pre = ∂e_t · v ⊙ (1 − tanh²) into q_r and k_t, ∂v += ∂e_t · tanh; dot: ∂q_r += ∂e_t k_t,
     * ∂k_t += ∂e_t q_r.
     */
    private static void backward(float[] gc, Tensor q, Tensor keys, Tensor values, Tensor v, SourceMemory memory,
            int[] sentenceOf, float[] alpha) {
        int rows = q.rows();
        int width = q.cols();
        int sentences = memory.sentences();
        int time = memory.time();
        int[] lengths = memory.lengths();
        int dv = values.cols();
        float[] qd = q.data();
        float[] kd = keys.data();
        float[] vd = values.data();
        float[] sv = v == null ? null : v.data();
        float[] gq = q.requiresGrad() ? q.gradForAccumulation().data : null;
        float[] gk = keys.requiresGrad() ? keys.gradForAccumulation().data : null;
        float[] gm = values.requiresGrad() ? values.gradForAccumulation().data : null;
        float[] gv = v != null && v.requiresGrad() ? v.gradForAccumulation().data : null;
        float[] ga = new float[time];
        float[] tmp = new float[width];
        for (int r = 0; r < rows; r++) {
            int s = sentenceOf[r];
            int length = lengths[s];
            int a0 = r * time;
            float weighted = 0;
            for (int t = 0; t < length; t++) {
                int m = (t * sentences + s) * dv;
                float a = alpha[a0 + t];
                ga[t] = dot(gc, r * dv, vd, m, dv);
                weighted += a * ga[t];
                if (gm != null) {
                    for (int j = 0; j < dv; j++) {
                        gm[m + j] += a * gc[r * dv + j];
                    }
                }
            }
            for (int t = 0; t < length; t++) {
                float ge = alpha[a0 + t] * (ga[t] - weighted);
                int k = (t * sentences + s) * width;
                int qr = r * width;
                if (sv == null) {
                    for (int j = 0; j < width; j++) {
                        if (gq != null) {
                            gq[qr + j] += ge * kd[k + j];
                        }
                        if (gk != null) {
                            gk[k + j] += ge * qd[qr + j];
                        }
                    }
                } else {
                    for (int j = 0; j < width; j++) {
                        tmp[j] = qd[qr + j] + kd[k + j];
                    }
                    FloatMath.tanh(tmp, 0, tmp, 0, width);
                    for (int j = 0; j < width; j++) {
                        float th = tmp[j];
                        float gpre = ge * sv[j] * (1 - th * th);
                        if (gq != null) {
                            gq[qr + j] += gpre;
                        }
                        if (gk != null) {
                            gk[k + j] += gpre;
                        }
                        if (gv != null) {
                            gv[j] += ge * th;
                        }
                    }
                }
            }
        }
    }

    private static int sentence(int[] sentenceOf, int r, int sentences) {
        int s = sentenceOf[r];
        if (s < 0 || s >= sentences) {
            throw new IllegalArgumentException("attention: row " + r + " points at sentence " + s + " of " + sentences);
        }
        return s;
    }

    private static float additiveScore(float[] q, int qOff, float[] k, int kOff, float[] v, float[] tmp) {
        int n = tmp.length;
        for (int j = 0; j < n; j++) {
            tmp[j] = q[qOff + j] + k[kOff + j];
        }
        FloatMath.tanh(tmp, 0, tmp, 0, n);
        return dot(tmp, 0, v, 0, n);
    }

    private static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        float s = 0;
        for (int j = 0; j < n; j++) {
            s += a[aOff + j] * b[bOff + j];
        }
        return s;
    }
}
