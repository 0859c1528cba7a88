package io.textkit.core.nn;

import io.textkit.core.tensor.Tensor;
import java.util.List;

/**
 * Layers applied one after another, y = f_n(… f_2(f_1(x))). The layers are registered as children
 * {@code "0"}, {@code "1"}, …, so their state is named {@code 0.weight}, {@code 1.gamma}, ….
 */
public final class Sequential extends Layer {
    private final List<Layer> layers;

    public Sequential(Layer... layers) {
        if (layers.length == 0) {
            throw new IllegalArgumentException("Sequential needs at least one layer");
        }
        this.layers = List.of(layers);
        for (int i = 0; i < layers.length; i++) {
            registerModule(Integer.toString(i), layers[i]);
        }
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = x;
        for (Layer layer : layers) {
            y = layer.forward(y);
        }
        return y;
    }

    /** The layers in order (unmodifiable). */
    public List<Layer> layers() {
        return layers;
    }
}
