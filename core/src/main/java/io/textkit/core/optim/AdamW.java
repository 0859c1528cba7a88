package io.textkit.core.optim;

import io.textkit.core.tensor.Tensor;
import java.util.Map;

/**
 * AdamW (Loshchilov & Hutter 2019): Adam with decoupled weight decay. The weights shrink by
 * {@code w ← w·(1 − lr·λ)} before the Adam step, which then sees the bare gradient, so the decay is
 * not rescaled by Adam's per-weight step sizes as an L2 term in the gradient would be:
 *
 * <pre>
 * w ← w·(1 − lr·λ)
 * m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²
 * w ← w − lr·m̂ / (√v̂ + ε)
 * </pre>
 *
 * PyTorch's {@code AdamW} with its defaults lr 1e-3, β 0.9 and 0.999, ε 1e-8, λ 0.01. The decay
 * follows lr, so a schedule scales it too. Applied lazily to sparse gradients like every update
 * (see {@link Optimizer}): rows without gradient are not decayed.
 */
public final class AdamW extends Adam {
    public static final double DEFAULT_WEIGHT_DECAY = 0.01;

    public AdamW(Map<String, Tensor> parameters, double learningRate, double beta1, double beta2, double epsilon,
            double weightDecay) {
        super(parameters, learningRate, beta1, beta2, epsilon, weightDecay, true);
    }

    /** AdamW with lr 1e-3, β₁ 0.9, β₂ 0.999, ε 1e-8, λ 0.01. */
    public static AdamW defaults(Map<String, Tensor> parameters) {
        return new AdamW(parameters, DEFAULT_LEARNING_RATE, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON,
                DEFAULT_WEIGHT_DECAY);
    }
}
