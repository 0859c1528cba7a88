package io.textkit.core.nn;

import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * Initial values for parameters. Each method returns a new {@link Tensor#parameter parameter};
 * every random one draws from the caller's {@link Random}, so a seed fixes the model.
 *
 * <p>Weights follow the {@code in × out} convention of {@code y = x·W}: fan-in is the number of rows,
 * fan-out the number of columns.
 */
public final class Init {
    private Init() {}

    /**
     * Glorot/Xavier uniform (Glorot &amp; Bengio 2010): U(−a, a) with a = √(6 / (in + out)), so the
     * variance 2/(in + out) keeps activations and gradients at the same scale through tanh/sigmoid layers.
     */
    public static Tensor glorotUniform(int in, int out, Random random) {
        return uniform(in, out, (float) Math.sqrt(6.0 / (in + out)), random);
    }

    /**
     * He/Kaiming uniform (He et al. 2015): U(−a, a) with a = √(6 / in), variance 2/in, which makes up
     * for ReLU zeroing half of its inputs.
     */
    public static Tensor heUniform(int in, int out, Random random) {
        return uniform(in, out, (float) Math.sqrt(6.0 / in), random);
    }

    /**
     * U(−a, a) with a = 1/√fanIn, PyTorch's default for the weights and biases of its linear and
     * convolution layers: a variance of 1/(3·fanIn), a third of He's. {@code fanIn} is given because
     * a bias, {@code 1 × out}, has the fan-in of its weight.
     */
    public static Tensor fanInUniform(int rows, int cols, int fanIn, Random random) {
        return uniform(rows, cols, (float) (1 / Math.sqrt(fanIn)), random);
    }

    /** He/Kaiming normal (He et al. 2015): N(0, 2/in), the Gaussian form of {@link #heUniform}. */
    public static Tensor heNormal(int in, int out, Random random) {
        return normal(in, out, (float) Math.sqrt(2.0 / in), random);
    }

    /** U(−bound, bound). */
    public static Tensor uniform(int rows, int cols, float bound, Random random) {
        return Tensor.uniform(rows, cols, bound, random);
    }

    /** N(0, std²). */
    public static Tensor normal(int rows, int cols, float std, Random random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int k = 0; k < m.data.length; k++) {
            m.data[k] = (float) (std * random.nextGaussian());
        }
        return Tensor.parameter(m);
    }

    /** All zeros, the usual start for biases. */
    public static Tensor zeros(int rows, int cols) {
        return Tensor.parameter(new FMatrixRMaj(rows, cols));
    }

    /** Every element {@code value}, e.g. a normalisation gain of 1. */
    public static Tensor constant(int rows, int cols, float value) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        m.fill(value);
        return Tensor.parameter(m);
    }
}
