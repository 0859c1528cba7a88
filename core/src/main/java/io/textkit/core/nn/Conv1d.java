package io.textkit.core.nn;

import io.textkit.core.tensor.Convolution;
import io.textkit.core.tensor.Tensor;
import java.util.Random;

/**
 * A one-dimensional convolution over time with {@code outChannels} filters, each spanning
 * {@code width} consecutive steps: y[t] = Σ_{j<width} x[t+j]·W_j + b, on a time-major batch
 * {@code (time·batch) × inChannels}. It is "valid": the output has {@code time − width + 1} steps,
 * {@code ((time − width + 1)·batch) × outChannels}, output step t covering input steps t … t+width−1.
 *
 * <p>Padding is the caller's: pad every sequence with zero rows (e.g. the {@link Embedding} padding
 * id) to at least {@code width} steps; to give every token a window of its own, pad the batch to
 * {@code longest + width − 1} steps, and to put every token in {@code width} windows, pad
 * {@code width − 1} steps before each sequence too. {@link #outputMask} then says which output steps
 * to pool.
 *
 * <p>W is {@code (width·inChannels) × outChannels}, the window's steps stacked. The constructor starts
 * W and b {@linkplain Init#fanInUniform U(±1/√(width·inChannels))}, PyTorch's default;
 * {@link #uniform} starts W U(±bound) and b at zero, as Kim's (2014) TextCNN code (bound 0.01).
 */
public final class Conv1d extends Module {
    private final int width;
    private final Tensor weight;
    private final Tensor bias;

    public Conv1d(int inChannels, int outChannels, int width, Random random) {
        this(width, Init.fanInUniform(fanIn(inChannels, outChannels, width), outChannels,
                width * inChannels, random), Init.fanInUniform(1, outChannels, width * inChannels, random));
    }

    private Conv1d(int width, Tensor weight, Tensor bias) {
        this.width = width;
        this.weight = registerParameter("weight", weight);
        this.bias = registerParameter("bias", bias);
    }

    /** A convolution whose W starts U(±{@code bound}) and b at zero. */
    public static Conv1d uniform(int inChannels, int outChannels, int width, float bound, Random random) {
        return new Conv1d(width, Init.uniform(fanIn(inChannels, outChannels, width), outChannels, bound, random),
                Init.zeros(1, outChannels));
    }

    /** The rows of W, {@code width·inChannels}, once the sizes are checked positive. */
    private static int fanIn(int inChannels, int outChannels, int width) {
        if (inChannels < 1 || outChannels < 1 || width < 1) {
            throw new IllegalArgumentException("Conv1d needs positive channels and width, got " + inChannels + "→"
                    + outChannels + " width " + width);
        }
        return width * inChannels;
    }

    /** x is {@code (time·batch) × inChannels}, time-major; returns {@code ((time−width+1)·batch) × outChannels}. */
    public Tensor forward(Tensor x, int batch) {
        if (weight.rows() != width * x.cols()) {
            throw new IllegalArgumentException("Conv1d expects " + weight.rows() / width + " input channels, got "
                    + x.shape());
        }
        return Convolution.conv1d(x, batch, weight, bias);
    }

    /**
     * The mask of the output for an input mask {@code float[time·batch]} (read, not modified): output
     * step t of example b is real when its window covers at least one real step, the rest of the
     * window reading the zero padding. Returns {@code float[(time−width+1)·batch]}.
     */
    public float[] outputMask(float[] mask, int batch) {
        if (batch < 1 || mask.length % batch != 0 || mask.length / batch < width) {
            throw new IllegalArgumentException("Conv1d.outputMask: a mask of " + mask.length + " entries is not (time·"
                    + batch + ") with at least " + width + " steps");
        }
        float[] out = new float[mask.length - (width - 1) * batch];
        for (int k = 0; k < out.length; k++) {
            for (int j = 0; j < width && out[k] == 0; j++) {
                out[k] = mask[k + j * batch] != 0 ? 1f : 0f;
            }
        }
        return out;
    }

    public int width() {
        return width;
    }

    /** W, {@code (width·inChannels) × outChannels} (the live parameter). */
    public Tensor weight() {
        return weight;
    }

    /** b, {@code 1 × outChannels} (the live parameter). */
    public Tensor bias() {
        return bias;
    }
}
