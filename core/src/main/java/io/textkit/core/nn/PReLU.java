package io.textkit.core.nn;

import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Tensor;

/**
 * The parametric ReLU (He et al. 2015): y = x for x &gt; 0, else α·x, with the negative slope α learned,
 * either one per feature ({@code 1 × features}) or one shared by all ({@code 1 × 1}). α starts at
 * 0.25, the paper's value.
 */
public final class PReLU extends Layer {
    private static final float INITIAL_SLOPE = 0.25f;

    private final Tensor alpha;

    /** One slope per feature. */
    public PReLU(int features) {
        if (features < 1) {
            throw new IllegalArgumentException("PReLU needs at least one feature, got " + features);
        }
        this.alpha = registerParameter("alpha", Init.constant(1, features, INITIAL_SLOPE));
    }

    /** One slope shared by all features. */
    public PReLU() {
        this.alpha = registerParameter("alpha", Init.constant(1, 1, INITIAL_SLOPE));
    }

    @Override
    public Tensor forward(Tensor x) {
        return Activations.prelu(x, alpha);
    }

    /** α, {@code 1 × features} or {@code 1 × 1} (the live parameter). */
    public Tensor alpha() {
        return alpha;
    }
}
