package io.textkit.core.optim;

import io.textkit.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * SGD with Nesterov momentum in PyTorch's form (Sutskever et al. 2013, rewritten so that the
 * gradient is taken at the current weights): {@code v ← μ·v + g;  w ← w − lr·(g + μ·v)}, v₀ = 0.
 * The step looks ahead along the updated velocity. Optional L2 weight decay λ is added to the
 * gradient first. PyTorch's {@code SGD(momentum=μ, nesterov=True)}. State: the velocity v.
 */
public final class Nesterov extends Optimizer {
    private final float momentum;
    private final float weightDecay;
    private final float[][] velocity;

    public Nesterov(List<Tensor> parameters, double learningRate, double momentum) {
        this(parameters, learningRate, momentum, 0);
    }

    public Nesterov(Map<String, Tensor> parameters, double learningRate, double momentum) {
        this(parameters, learningRate, momentum, 0);
    }

    public Nesterov(List<Tensor> parameters, double learningRate, double momentum, double weightDecay) {
        super(parameters, learningRate);
        this.momentum = (float) decayRate("momentum", momentum);
        this.weightDecay = (float) nonNegative("weight decay", weightDecay);
        this.velocity = newState("velocity");
    }

    public Nesterov(Map<String, Tensor> parameters, double learningRate, double momentum, double weightDecay) {
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
            // g ← g + λw;  v ← μv + g;  w ← w − lr·(g + μv)
            float gi = g[i] + lambda * w[i];
            v[i] = mu * v[i] + gi;
            w[i] -= lr * (gi + mu * v[i]);
        }
    }
}
