package io.textkit.core.optim;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Tensor;
import java.util.Map;

/**
 * Adam (Kingma & Ba 2015): running averages of the gradient m and of its square v, corrected for
 * their start at zero, give each weight a step of about lr in the direction of its recent gradient.
 *
 * <pre>
 * g ← g + λw                                      (optional coupled L2 weight decay)
 * m ← β₁·m + (1 − β₁)·g
 * v ← β₂·v + (1 − β₂)·g²
 * w ← w − lr·m̂ / (√v̂ + ε),  m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ)
 * </pre>
 *
 * With a constant gradient the first step moves every weight by lr·g/(|g| + ε) ≈ lr. This is
 * PyTorch's {@code Adam} (not AMSGrad) with its defaults lr 1e-3, β 0.9 and 0.999, ε 1e-8; t counts
 * the steps in which the parameter had a gradient. Weight decay here is the L2 penalty, which Adam
 * rescales per weight; {@link AdamW} decouples it. State: m and v.
 */
public sealed class Adam extends Optimizer permits AdamW {
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double beta1;
    private final double beta2;
    private final float b1;
    private final float b2;
    private final float oneMinusB1;
    private final float oneMinusB2;
    private final float epsilon;
    private final float l2;
    private final double decoupled;
    private final float[][] firstMoment;
    private final float[][] secondMoment;

    public Adam(Map<String, Tensor> parameters, double learningRate, double beta1, double beta2, double epsilon,
            double weightDecay) {
        this(parameters, learningRate, beta1, beta2, epsilon, weightDecay, false);
    }

    /** With {@code decoupledDecay}, weight decay shrinks the weights directly (AdamW). */
    Adam(Map<String, Tensor> parameters, double learningRate, double beta1, double beta2, double epsilon,
            double weightDecay, boolean decoupledDecay) {
        super(parameters, learningRate);
        this.beta1 = Check.fraction("beta1", beta1);
        this.beta2 = Check.fraction("beta2", beta2);
        this.b1 = (float) beta1;
        this.b2 = (float) beta2;
        this.oneMinusB1 = (float) (1 - beta1);
        this.oneMinusB2 = (float) (1 - beta2);
        this.epsilon = (float) Check.positive("epsilon", epsilon);
        Check.nonNegative("weight decay", weightDecay);
        this.l2 = decoupledDecay ? 0f : (float) weightDecay;
        this.decoupled = decoupledDecay ? weightDecay : 0;
        this.firstMoment = newState("m");
        this.secondMoment = newState("v");
    }

    /** Adam with lr 1e-3, β₁ 0.9, β₂ 0.999, ε 1e-8, no weight decay. */
    public static Adam defaults(Map<String, Tensor> parameters) {
        return new Adam(parameters, DEFAULT_LEARNING_RATE, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON, 0);
    }

    @Override
    protected final void update(int p, int t, float[] w, float[] g, int from, int to) {
        double lr = learningRate();
        // m̂/(√v̂ + ε) = (m/(1 − β₁ᵗ)) / (√v/√(1 − β₂ᵗ) + ε): the corrections are per step, not per element
        float stepSize = (float) (lr / (1 - Math.pow(beta1, t)));
        float rootCorrection2 = (float) Math.sqrt(1 - Math.pow(beta2, t));
        float shrink = (float) (1 - lr * decoupled);
        float lambda = l2;
        float eps = epsilon;
        float[] m = firstMoment[p];
        float[] v = secondMoment[p];
        for (int i = from; i < to; i++) {
            w[i] *= shrink;                      // AdamW: w ← w·(1 − lr·λ); shrink is 1 for Adam
            float gi = g[i] + lambda * w[i];     // Adam: g ← g + λw; λ is 0 here for AdamW
            m[i] = b1 * m[i] + oneMinusB1 * gi;
            v[i] = b2 * v[i] + oneMinusB2 * gi * gi;
            w[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) / rootCorrection2 + eps);
        }
    }
}
