package io.textkit.core.nn;

import io.textkit.core.tensor.Tensor;

/**
 * A module that maps one tensor to one tensor, {@code rows × in → rows × out}, each row on its own
 * or the rows as one batch. Being one method, such layers can be chained ({@link Sequential}) and
 * wrapped ({@link Residual}).
 */
public abstract class Layer extends Module {
    /** The layer's output for {@code x}; builds the graph when gradients are recorded. */
    public abstract Tensor forward(Tensor x);
}
