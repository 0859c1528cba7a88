package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/**
 * Pooling over time of a time-major sequence batch {@code (time·batch) × features} (row
 * {@code t·batch + b} is example {@code b} at step {@code t}) into one row per example,
 * {@code batch × features}. A mask {@code float[time·batch]} in the same order (non-zero for real
 * tokens) excludes padding; {@code null} means no padding.
 */
public final class Pooling {
    private Pooling() {}

    /**
     * Max over time: out[b, f] = max over unmasked t of x[t·batch + b, f]; the gradient goes to the
     * arg-max. An example with no unmasked step gets zeros.
     */
    public static Tensor maxOverTime(Tensor x, int batch, float[] mask) {
        int time = timeSteps("maxOverTime", x, batch, mask);
        int f = x.cols();
        float[] in = x.data();
        FMatrixRMaj out = new FMatrixRMaj(batch, f);
        int[] arg = new int[batch * f];
        java.util.Arrays.fill(arg, -1);
        for (int t = 0; t < time; t++) {
            for (int b = 0; b < batch; b++) {
                int row = t * batch + b;
                if (mask != null && mask[row] == 0) {
                    continue;
                }
                for (int j = 0; j < f; j++) {
                    int k = b * f + j;
                    if (arg[k] < 0 || in[row * f + j] > out.data[k]) {
                        arg[k] = row * f + j;
                        out.data[k] = in[row * f + j];
                    }
                }
            }
        }
        return Reductions.routeTo("maxOverTime", out, x, arg);
    }

    /** Mean over time: out[b, f] = Σ over unmasked t of x[t·batch + b, f] / (number of them). */
    public static Tensor meanOverTime(Tensor x, int batch, float[] mask) {
        int time = timeSteps("meanOverTime", x, batch, mask);
        int f = x.cols();
        float[] in = x.data();
        float[] count = new float[batch];
        for (int t = 0; t < time; t++) {
            for (int b = 0; b < batch; b++) {
                count[b] += mask == null || mask[t * batch + b] != 0 ? 1 : 0;
            }
        }
        FMatrixRMaj out = new FMatrixRMaj(batch, f);
        for (int t = 0; t < time; t++) {
            for (int b = 0; b < batch; b++) {
                int row = t * batch + b;
                if (mask == null || mask[row] != 0) {
                    for (int j = 0; j < f; j++) {
                        out.data[b * f + j] += in[row * f + j] / count[b];
                    }
                }
            }
        }
        return Tensor.result("meanOverTime", out, x).withBackward(o -> {
            float[] g = o.grad().data;
            float[] gx = x.gradForAccumulation().data;
            for (int t = 0; t < time; t++) {
                for (int b = 0; b < batch; b++) {
                    int row = t * batch + b;
                    if (mask == null || mask[row] != 0) {
                        for (int j = 0; j < f; j++) {
                            gx[row * f + j] += g[b * f + j] / count[b];
                        }
                    }
                }
            }
        });
    }

    /** The number of time steps, after checking that shapes and mask agree. */
    static int timeSteps(String op, Tensor x, int batch, float[] mask) {
        if (batch <= 0 || x.rows() % batch != 0) {
            throw new IllegalArgumentException(op + ": " + x.rows() + " rows are not (time·batch) for batch " + batch);
        }
        if (mask != null && mask.length != x.rows()) {
            throw new IllegalArgumentException(op + ": mask has " + mask.length + " entries for " + x.rows() + " rows");
        }
        return x.rows() / batch;
    }
}
