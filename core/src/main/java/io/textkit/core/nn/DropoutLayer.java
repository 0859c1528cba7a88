package io.textkit.core.nn;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Dropout;
import io.textkit.core.tensor.Tensor;
import java.util.Random;

/**
 * Inverted dropout ({@link Dropout}) in training mode, the identity in evaluation mode. The layer
 * draws its masks from its own {@link Random} seeded at construction, so a training run repeats
 * exactly and other layers' random streams do not shift when dropout is added or removed.
 */
public final class DropoutLayer extends Layer {
    private final float p;
    private final Random random;

    /** Drops each element with probability {@code p} in [0, 1), drawing masks from a generator seeded with {@code seed}. */
    public DropoutLayer(float p, long seed) {
        Check.fraction("dropout probability", p);
        this.p = p;
        this.random = new Random(seed);
    }

    /** A fresh mask on every call in training mode; {@code x} itself in evaluation mode. */
    @Override
    public Tensor forward(Tensor x) {
        return isTraining() ? Dropout.apply(x, p, random) : x;
    }

    public float p() {
        return p;
    }
}
