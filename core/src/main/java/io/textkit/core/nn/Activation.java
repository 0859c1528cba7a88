package io.textkit.core.nn;

import io.textkit.core.tensor.Tensor;
import java.util.function.UnaryOperator;

/**
 * A parameter-free function of a tensor (tanh, ReLU, GELU, …) as a layer, so that it can sit in a
 * {@link Sequential}:
 * {@code new Activation(Activations::tanh)}, {@code new Activation(x -> Activations.leakyRelu(x, 0.01f))}.
 */
public final class Activation extends Layer {
    private final UnaryOperator<Tensor> function;

    public Activation(UnaryOperator<Tensor> function) {
        this.function = function;
    }

    @Override
    public Tensor forward(Tensor x) {
        return function.apply(x);
    }
}
