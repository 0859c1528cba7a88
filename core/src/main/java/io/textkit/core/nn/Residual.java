package io.textkit.core.nn;

import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Tensor;

/**
 * A residual connection around a layer (He et al. 2016): y = x + f(x). The identity path carries the
 * gradient past f unchanged, which is what lets deep stacks train. f must keep the shape of x.
 */
public final class Residual extends Layer {
    private final Layer body;

    /** Wraps {@code body}, registered as the child {@code "body"}. */
    public Residual(Layer body) {
        this.body = registerModule("body", body);
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor fx = body.forward(x);
        // Checked here because add would silently broadcast a 1×cols or rows×1 result over x.
        if (fx.rows() != x.rows() || fx.cols() != x.cols()) {
            throw new IllegalArgumentException("Residual: " + body.getClass().getSimpleName() + " maps " + x.shape()
                    + " to " + fx.shape() + ", but x + f(x) needs f to keep the shape");
        }
        return Arithmetic.add(x, fx);
    }
}
