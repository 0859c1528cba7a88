package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/**
 * One-dimensional convolution over time, as im2col followed by one matrix product. Inputs are
 * time-major sequence batches {@code (time·batch) × channels}; the convolution is "valid": a filter
 * of width {@code w} gives {@code time − w + 1} output steps.
 */
public final class Convolution {
    private Convolution() {}

    /**
     * im2col: row {@code t·batch + b} of the result is the window
     * {@code x[t·batch+b], x[(t+1)·batch+b], …, x[(t+w−1)·batch+b]} laid side by side, giving
     * {@code ((time−w+1)·batch) × (w·channels)}. The gradient adds each window back where it came from.
     */
    public static Tensor unfold(Tensor x, int batch, int width) {
        int time = Pooling.timeSteps("unfold", x, batch, null);
        if (width < 1 || width > time) {
            throw new IllegalArgumentException("unfold: filter width " + width + " does not fit " + time + " time steps");
        }
        int c = x.cols();
        int steps = time - width + 1;
        FMatrixRMaj out = new FMatrixRMaj(steps * batch, width * c);
        float[] in = x.data();
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                int row = t * batch + b;
                for (int j = 0; j < width; j++) {
                    System.arraycopy(in, ((t + j) * batch + b) * c, out.data, row * width * c + j * c, c);
                }
            }
        }
        return Tensor.result("unfold", out, x).withBackward(o -> {
            float[] g = o.grad().data;
            float[] gx = x.gradForAccumulation().data;
            for (int t = 0; t < steps; t++) {
                for (int b = 0; b < batch; b++) {
                    int row = t * batch + b;
                    for (int j = 0; j < width; j++) {
                        int src = row * width * c + j * c;
                        int dst = ((t + j) * batch + b) * c;
                        for (int k = 0; k < c; k++) {
                            gx[dst + k] += g[src + k];
                        }
                    }
                }
            }
        });
    }

    /**
     * y = unfold(x)·W + bias: {@code weight} is {@code (width·inChannels) × outChannels} (the window's
     * steps stacked), {@code bias} is {@code 1 × outChannels}. Output
     * {@code ((time−width+1)·batch) × outChannels}, time-major.
     */
    public static Tensor conv1d(Tensor x, int batch, Tensor weight, Tensor bias) {
        if (weight.rows() % x.cols() != 0) {
            throw new IllegalArgumentException("conv1d: weight " + weight.shape() + " is not (width·" + x.cols()
                    + ") × outChannels");
        }
        int width = weight.rows() / x.cols();
        return Arithmetic.add(Arithmetic.matmul(unfold(x, batch, width), weight), bias);
    }
}
