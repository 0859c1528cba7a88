package io.textkit.core.nn;

import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Tensor;
import java.util.Random;

/**
 * A maxout layer (Goodfellow et al. 2013): a {@link Linear} map to {@code out·pieces} features, then
 * output j is the largest of the pieces {@code j·pieces … j·pieces + pieces − 1}. It learns a
 * piecewise-linear convex activation per unit. The map is the child {@code "linear"}.
 */
public final class Maxout extends Layer {
    private final int pieces;
    private final Linear linear;

    public Maxout(int in, int out, int pieces, Random random) {
        if (pieces < 1) {
            throw new IllegalArgumentException("Maxout needs at least one piece per unit, got " + pieces);
        }
        this.pieces = pieces;
        this.linear = registerModule("linear", new Linear(in, out * pieces, true, random));
    }

    /** x is {@code rows × in}; returns {@code rows × out}. */
    @Override
    public Tensor forward(Tensor x) {
        return Activations.maxout(linear.forward(x), pieces);
    }

    /** The map to {@code out·pieces} features. */
    public Linear linear() {
        return linear;
    }
}
