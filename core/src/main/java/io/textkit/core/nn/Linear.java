package io.textkit.core.nn;

import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Tensor;
import java.util.Random;

/**
 * A fully connected layer, y = x·W + b, with W of shape {@code in × out} and b of shape
 * {@code 1 × out} added to every row.
 *
 * <p>W starts Glorot-uniform because the layers built on it (gates, attention, tanh MLPs) are
 * mostly saturating, which is what Glorot's variance argument assumes; b starts at zero.
 */
public final class Linear extends Layer {
    private final Tensor weight;
    private final Tensor bias;

    /** A layer from {@code in} to {@code out} features, with or without the bias b. */
    public Linear(int in, int out, boolean bias, Random random) {
        this(in, out, Init.glorotUniform(checked(in, out), out, random), bias ? Init.zeros(1, out) : null);
    }

    private Linear(int in, int out, Tensor weight, Tensor bias) {
        this.weight = registerParameter("weight", weight);
        this.bias = bias == null ? null : registerParameter("bias", bias);
    }

    /**
     * A layer from {@code in} to {@code out} features with a bias, W and b starting
     * {@linkplain Init#fanInUniform U(±1/√in)} as PyTorch's {@code nn.Linear}: smaller than Glorot's,
     * for an output layer over ReLU features, as TextCNN's.
     */
    public static Linear fanInUniform(int in, int out, Random random) {
        checked(in, out);
        return new Linear(in, out, Init.fanInUniform(in, out, in, random), Init.fanInUniform(1, out, in, random));
    }

    /**
     * A layer from {@code in} to {@code out} features with a bias, W and b starting at zero, as the
     * logistic-regression output of Kim's (2014) TextCNN code: the first step's gradient reaches W
     * (through the input) but not the layers below, which start learning from the second step.
     */
    public static Linear zeros(int in, int out) {
        checked(in, out);
        return new Linear(in, out, Init.zeros(in, out), Init.zeros(1, out));
    }

    private static int checked(int in, int out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("Linear needs at least one input and one output feature, got " + in + "→" + out);
        }
        return in;
    }

    /** x is {@code rows × in}; returns {@code rows × out}. */
    @Override
    public Tensor forward(Tensor x) {
        if (x.cols() != weight.rows()) {
            throw new IllegalArgumentException("Linear expects " + weight.rows() + " input features, got " + x.shape());
        }
        Tensor y = Arithmetic.matmul(x, weight);
        return bias == null ? y : Arithmetic.add(y, bias);
    }

    /** W, {@code in × out} (the live parameter). */
    public Tensor weight() {
        return weight;
    }

    /** b, {@code 1 × out}, or {@code null} for a layer without bias. */
    public Tensor bias() {
        return bias;
    }
}
