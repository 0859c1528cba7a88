package io.textkit.core.optim;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Tensor;
import java.util.Map;

/**
 * SGD with classical (heavy-ball) momentum in PyTorch's convention:
 * {@code v ← μ·v + g;  w ← w − lr·v}, with v₀ = 0 so the first step is plain SGD. (Sutskever et al.
 * and the Polyak form {@code v ← μv − lr·g; w ← w + v} give the same path while lr is constant, but
 * scale the history differently when a schedule changes lr; this one lets a new lr act at once.)
 * Optional L2 weight decay λ is added to the gradient first. PyTorch's {@code SGD(momentum=μ)} with
 * dampening 0. State: the velocity v. {@link Nesterov} shares the update and steps from a look-ahead.
 */
public sealed class Momentum extends Optimizer permits Nesterov {
    private final float momentum;
    private final float weightDecay;
    /** The step is lr·(gradientShare·g + velocityShare·v): (0, 1) here, (1, μ) for Nesterov's look-ahead. */
    private final float gradientShare;
    private final float velocityShare;
    private final float[][] velocity;

    public Momentum(Map<String, Tensor> parameters, double learningRate, double momentum, double weightDecay) {
        this(parameters, learningRate, momentum, weightDecay, false);
    }

    /** With {@code lookAhead}, the step is taken along g + μv instead of v (Nesterov). */
    Momentum(Map<String, Tensor> parameters, double learningRate, double momentum, double weightDecay,
            boolean lookAhead) {
        super(parameters, learningRate);
        this.momentum = (float) Check.fraction("momentum", momentum);
        this.weightDecay = (float) Check.nonNegative("weight decay", weightDecay);
        this.gradientShare = lookAhead ? 1f : 0f;
        this.velocityShare = lookAhead ? this.momentum : 1f;
        this.velocity = newState("velocity");
    }

    @Override
    protected final void update(int p, int t, float[] w, float[] g, int from, int to) {
        float lr = (float) learningRate();
        float mu = momentum;
        float lambda = weightDecay;
        float a = gradientShare;
        float b = velocityShare;
        float[] v = velocity[p];
        for (int i = from; i < to; i++) {
            // g ← g + λw;  v ← μv + g;  w ← w − lr·(a·g + b·v): lr·v for momentum, lr·(g + μv) for Nesterov
            float gi = g[i] + lambda * w[i];
            v[i] = mu * v[i] + gi;
            w[i] -= lr * (a * gi + b * v[i]);
        }
    }
}
