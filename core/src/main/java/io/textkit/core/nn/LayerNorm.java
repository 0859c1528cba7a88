package io.textkit.core.nn;

import io.textkit.core.tensor.Normalization;
import io.textkit.core.tensor.Tensor;

/**
 * Layer normalisation (Ba et al. 2016) of each row over its features:
 * y = γ ⊙ (x − μ)/√(σ² + ε) + β, with μ and σ² the row's mean and biased variance, and a learned gain
 * γ (starts at 1) and shift β (starts at 0), both {@code 1 × features}. It behaves the same in
 * training and evaluation.
 */
public final class LayerNorm extends Layer {
    private final float eps;
    private final Tensor gamma;
    private final Tensor beta;

    /** Normalises rows of {@code features} values; {@code eps} (e.g. 1e-5) keeps the division finite. */
    public LayerNorm(int features, float eps) {
        if (features < 1 || !(eps > 0)) {
            throw new IllegalArgumentException("LayerNorm needs features ≥ 1 and eps > 0, got " + features + ", " + eps);
        }
        this.eps = eps;
        this.gamma = registerParameter("gamma", Init.constant(1, features, 1f));
        this.beta = registerParameter("beta", Init.zeros(1, features));
    }

    /** x is {@code rows × features}; returns the same shape. */
    @Override
    public Tensor forward(Tensor x) {
        return Normalization.layerNorm(x, gamma, beta, eps);
    }

    /** γ, {@code 1 × features} (the live parameter). */
    public Tensor gamma() {
        return gamma;
    }

    /** β, {@code 1 × features} (the live parameter). */
    public Tensor beta() {
        return beta;
    }
}
