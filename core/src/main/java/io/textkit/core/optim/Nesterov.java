package io.textkit.core.optim;

import io.textkit.core.tensor.Tensor;
import java.util.Map;

/**
 * SGD with Nesterov momentum in PyTorch's form (Sutskever et al. 2013, rewritten so that the
 * gradient is taken at the current weights): {@code v ← μ·v + g;  w ← w − lr·(g + μ·v)}, v₀ = 0.
 * The step looks ahead along the updated velocity; the rest is {@link Momentum}'s. Optional L2
 * weight decay λ is added to the gradient first. PyTorch's {@code SGD(momentum=μ, nesterov=True)}.
 * State: the velocity v.
 */
public final class Nesterov extends Momentum {

    public Nesterov(Map<String, Tensor> parameters, double learningRate, double momentum, double weightDecay) {
        super(parameters, learningRate, momentum, weightDecay, true);
    }
}
