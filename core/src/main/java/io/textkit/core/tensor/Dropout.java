package io.textkit.core.tensor;

import io.textkit.core.config.Check;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * Inverted dropout (Srivastava et al. 2014): each element is kept with probability 1 − p and scaled
 * by 1/(1 − p), so the expected value is unchanged and evaluation needs no rescaling. The gradient
 * passes through the same mask.
 */
public final class Dropout {
    private Dropout() {}

    /** Drops elements of {@code x} with probability {@code p}, drawing from {@code random}. */
    public static Tensor apply(Tensor x, float p, Random random) {
        Check.fraction("dropout probability", p);
        if (p == 0) {
            return x;
        }
        float keep = 1f / (1f - p);
        float[] in = x.data();
        float[] mask = new float[in.length];
        FMatrixRMaj out = new FMatrixRMaj(x.rows(), x.cols());
        for (int k = 0; k < in.length; k++) {
            mask[k] = random.nextFloat() >= p ? keep : 0f;
            out.data[k] = in[k] * mask[k];
        }
        return Tensor.result("dropout", out, x).withBackward(o -> {
            float[] g = o.grad().data;
            float[] gx = x.gradForAccumulation().data;
            for (int k = 0; k < g.length; k++) {
                gx[k] += g[k] * mask[k];
            }
        });
    }
}
