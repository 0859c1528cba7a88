package io.textkit.core.optim;

import io.textkit.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * SGD with classical (heavy-ball) momentum in PyTorch's convention:
 * {@code v ← μ·v + g;  w ← w − lr·v}, with v₀ = 0 so the first step is plain SGD. (Sutskever et al.
 * and the Polyak form {@code v ← μv − lr·g; w ← w + v} give the same path while lr is constant, but
 * scale the history differently when a schedule changes lr; this one lets a new lr act at once.)
 * Optional L2 weight decay λ is added to the gradient first. PyTorch's {@code SGD(momentum=μ)} with
 * dampening 0. State: the velocity v.
 */
public final class Momentum extends Optimizer {
    private final float momentum;
    private final float weightDecay;
    private final float[][] velocity;

    public Momentum(List<Tensor> parameters, double learningRate, double momentum) {
        this(parameters, learningRate, momentum, 0);
    }

    public Momentum(Map<String, Tensor> parameters, double learningRate, double momentum) {
        this(parameters, learningRate, momentum, 0);
    }

    public Momentum(List<Tensor> parameters, double learningRate, double momentum, double weightDecay) {
        super(parameters, learningRate);
        this.momentum = (float) decayRate("momentum", momentum);
        this.weightDecay = (float) nonNegative("weight decay", weightDecay);
        this.velocity = newState("velocity");
    }

    public Momentum(Map<String, Tensor> parameters, double learningRate, double momentum, double weightDecay) {
        super(parameters, learningRate);
        this.momentum = (float) decayRate("momentum", momentum);
        this.weightDecay = (float) nonNegative("weight decay", weightDecay);
        this.velocity = newState("velocity");
    }

    @Override
    protected void update(int p, int t, float[] w, float[] g, int from, int to) {
        float lr = (float) learningRate();
        float mu = momentum;
        float lambda = weightDecay;
        float[] v = velocity[p];
        for (int i = from; i < to; i++) {
            // g ← g + λw;  v ← μv + g;  w ← w − lr·v
            float gi = g[i] + lambda * w[i];
            v[i] = mu * v[i] + gi;
            w[i] -= lr * v[i];
        }
    }
}
