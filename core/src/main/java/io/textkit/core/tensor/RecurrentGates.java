package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/**
 * The element-wise part of one recurrent step, gates to new state, as single ops: each computes its
 * non-linearities once (with {@link FloatMath}), keeps the activations its backward step needs, and
 * allocates only its outputs, where the same step written with {@link Activations} and
 * {@link Arithmetic} takes about fifteen ops. The forward equations are those of
 * {@code io.textkit.core.nn.LstmCell} and {@code io.textkit.core.nn.GruCell}; the gradients are
 * written next to each op.
 */
public final class RecurrentGates {
    private RecurrentGates() {}

    /** The new LSTM state: hidden state {@code h'} and memory cell {@code c'}, both {@code batch × hidden}. */
    public record LstmState(Tensor h, Tensor c) {}

    /**
     * The LSTM step from its gate pre-activations {@code a = x·W + h·U + b} ({@code batch × 4·hidden},
     * gates in the order i, f, g, o) and the previous memory cell {@code c} ({@code batch × hidden}):
     * i, f, o = σ(a_i, a_f, a_o), g = tanh(a_g), c' = f ⊙ c + i ⊙ g, h' = o ⊙ tanh(c').
     *
     * <p>Two results, so that each carries its own gradient: {@code h'} (inputs a and c') sends
     * ∂a_o = ∂h' ⊙ tanh(c') ⊙ o(1 − o) and ∂c' += ∂h' ⊙ o ⊙ (1 − tanh²c'); then {@code c'} (inputs a
     * and c), with the whole of ∂c', sends ∂a_i = ∂c' ⊙ g ⊙ i(1 − i), ∂a_f = ∂c' ⊙ c ⊙ f(1 − f),
     * ∂a_g = ∂c' ⊙ i ⊙ (1 − g²) and ∂c = ∂c' ⊙ f.
     */
    public static LstmState lstm(Tensor gates, Tensor c) {
        int batch = c.rows();
        int n = c.cols();
        int width = 4 * n;
        if (gates.rows() != batch || gates.cols() != width) {
            throw new IllegalArgumentException("lstm: gates are " + gates.shape() + ", need " + batch + "×" + width
                    + " (i, f, g, o for a " + c.shape() + " memory cell)");
        }
        float[] a = gates.data();
        float[] act = new float[a.length];
        for (int b = 0; b < batch; b++) {
            int row = b * width;
            FloatMath.sigmoid(a, row, act, row, 2 * n);
            FloatMath.tanh(a, row + 2 * n, act, row + 2 * n, n);
            FloatMath.sigmoid(a, row + 3 * n, act, row + 3 * n, n);
        }
        float[] cPrev = c.data();
        FMatrixRMaj cOut = new FMatrixRMaj(batch, n);
        float[] cNext = cOut.data;
        for (int b = 0; b < batch; b++) {
            int row = b * width;
            for (int j = 0; j < n; j++) {
                int k = b * n + j;
                cNext[k] = act[row + n + j] * cPrev[k] + act[row + j] * act[row + 2 * n + j];
            }
        }
        float[] tanhC = new float[cNext.length];
        FloatMath.tanh(cNext, 0, tanhC, 0, cNext.length);
        FMatrixRMaj hOut = new FMatrixRMaj(batch, n);
        float[] hNext = hOut.data;
        for (int b = 0; b < batch; b++) {
            int row = b * width + 3 * n;
            for (int j = 0; j < n; j++) {
                hNext[b * n + j] = act[row + j] * tanhC[b * n + j];
            }
        }

        Tensor cTensor = Tensor.result("lstmCell", cOut, gates, c).withBackward(out -> {
            float[] gc = out.grad().data;
            float[] ga = gates.requiresGrad() ? gates.gradForAccumulation().data : null;
            float[] gPrev = c.requiresGrad() ? c.gradForAccumulation().data : null;
            for (int b = 0; b < batch; b++) {
                int row = b * width;
                for (int j = 0; j < n; j++) {
                    int k = b * n + j;
                    float i = act[row + j];
                    float f = act[row + n + j];
                    float g = act[row + 2 * n + j];
                    if (ga != null) {
                        ga[row + j] += gc[k] * g * i * (1 - i);
                        ga[row + n + j] += gc[k] * cPrev[k] * f * (1 - f);
                        ga[row + 2 * n + j] += gc[k] * i * (1 - g * g);
                    }
                    if (gPrev != null) {
                        gPrev[k] += gc[k] * f;
                    }
                }
            }
        });
        Tensor hTensor = Tensor.result("lstmHidden", hOut, gates, cTensor).withBackward(out -> {
            float[] gh = out.grad().data;
            float[] ga = gates.requiresGrad() ? gates.gradForAccumulation().data : null;
            float[] gc = cTensor.requiresGrad() ? cTensor.gradForAccumulation().data : null;
            for (int b = 0; b < batch; b++) {
                int row = b * width + 3 * n;
                for (int j = 0; j < n; j++) {
                    int k = b * n + j;
                    float o = act[row + j];
                    float t = tanhC[k];
                    if (ga != null) {
                        ga[row + j] += gh[k] * t * o * (1 - o);
                    }
                    if (gc != null) {
                        gc[k] += gh[k] * o * (1 - t * t);
                    }
                }
            }
        });
        return new LstmState(hTensor, cTensor);
    }

    /**
     * The GRU step from the input's projection {@code p = x·W + b} ({@code batch × 3·hidden}, order
     * r, z, n), the recurrent product {@code u = h·U} (same shape), the new gate's recurrent bias
     * {@code b_hn} ({@code 1 × hidden}) and the previous state {@code h}: r, z = σ(p_rz + u_rz),
     * v = u_n + b_hn, n = tanh(p_n + r ⊙ v), h' = (1 − z) ⊙ n + z ⊙ h.
     *
     * <p>Backward: ∂h = ∂h' ⊙ z; ∂a_z = ∂h' ⊙ (h − n) ⊙ z(1 − z) into p_z and u_z;
     * ∂a_n = ∂h' ⊙ (1 − z) ⊙ (1 − n²) into p_n, and ∂a_n ⊙ r into u_n and (summed over rows) b_hn;
     * ∂a_r = ∂a_n ⊙ v ⊙ r(1 − r) into p_r and u_r.
     */
    public static Tensor gru(Tensor projected, Tensor recurrent, Tensor newGateBias, Tensor h) {
        int batch = h.rows();
        int n = h.cols();
        int width = 3 * n;
        if (projected.rows() != batch || projected.cols() != width || recurrent.rows() != batch
                || recurrent.cols() != width || newGateBias.rows() != 1 || newGateBias.cols() != n) {
            throw new IllegalArgumentException("gru: projected input " + projected.shape() + ", recurrent product "
                    + recurrent.shape() + " and new-gate bias " + newGateBias.shape() + " do not fit a " + h.shape()
                    + " state (need " + batch + "×" + width + " twice and 1×" + n + ")");
        }
        float[] p = projected.data();
        float[] u = recurrent.data();
        float[] bhn = newGateBias.data();
        float[] hPrev = h.data();
        // Per row: r and z after σ, then the new gate n after tanh; v = u_n + b_hn separately.
        float[] act = new float[batch * width];
        float[] v = new float[batch * n];
        for (int b = 0; b < batch; b++) {
            int row = b * width;
            for (int j = 0; j < 2 * n; j++) {
                act[row + j] = p[row + j] + u[row + j];
            }
            FloatMath.sigmoid(act, row, act, row, 2 * n);
            for (int j = 0; j < n; j++) {
                v[b * n + j] = u[row + 2 * n + j] + bhn[j];
                act[row + 2 * n + j] = p[row + 2 * n + j] + act[row + j] * v[b * n + j];
            }
            FloatMath.tanh(act, row + 2 * n, act, row + 2 * n, n);
        }
        FMatrixRMaj out = new FMatrixRMaj(batch, n);
        for (int b = 0; b < batch; b++) {
            int row = b * width;
            for (int j = 0; j < n; j++) {
                float z = act[row + n + j];
                out.data[b * n + j] = (1 - z) * act[row + 2 * n + j] + z * hPrev[b * n + j];
            }
        }
        return Tensor.result("gru", out, projected, recurrent, newGateBias, h).withBackward(o -> {
            float[] g = o.grad().data;
            float[] gp = projected.requiresGrad() ? projected.gradForAccumulation().data : null;
            float[] gu = recurrent.requiresGrad() ? recurrent.gradForAccumulation().data : null;
            float[] gb = newGateBias.requiresGrad() ? newGateBias.gradForAccumulation().data : null;
            float[] gh = h.requiresGrad() ? h.gradForAccumulation().data : null;
            for (int b = 0; b < batch; b++) {
                int row = b * width;
                for (int j = 0; j < n; j++) {
                    int k = b * n + j;
                    float r = act[row + j];
                    float z = act[row + n + j];
                    float nn = act[row + 2 * n + j];
                    float dz = g[k] * (hPrev[k] - nn) * z * (1 - z);
                    float dn = g[k] * (1 - z) * (1 - nn * nn);
                    float dr = dn * v[k] * r * (1 - r);
                    if (gp != null) {
                        gp[row + j] += dr;
                        gp[row + n + j] += dz;
                        gp[row + 2 * n + j] += dn;
                    }
                    if (gu != null) {
                        gu[row + j] += dr;
                        gu[row + n + j] += dz;
                        gu[row + 2 * n + j] += dn * r;
                    }
                    if (gb != null) {
                        gb[j] += dn * r;
                    }
                    if (gh != null) {
                        gh[k] += g[k] * z;
                    }
                }
            }
        });
    }
}
