package io.textkit.core.nn;

import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/** Inputs for the layer tests. */
final class TestValues {
    private TestValues() {}

    /**
     * A parameter with values in [-1, 1], each at least 0.1 away from 0, so that a finite-difference
     * step of 1e-2 never crosses a kink at 0 (ReLU, PReLU).
     */
    static Tensor awayFromZero(int rows, int cols, Random random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int k = 0; k < m.data.length; k++) {
            float v = 0.1f + 0.9f * random.nextFloat();
            m.data[k] = random.nextBoolean() ? v : -v;
        }
        return Tensor.parameter(m);
    }

    /** {@code Σ r ⊙ t} with a fixed random r: a scalar loss that sends a different gradient to every element. */
    static Tensor weightedSum(Tensor t, long seed) {
        Random random = new Random(seed);
        float[] r = new float[t.data().length];
        for (int k = 0; k < r.length; k++) {
            r[k] = (float) random.nextGaussian();
        }
        return Reductions.sum(Arithmetic.mul(t, Tensor.of(t.rows(), t.cols(), r)));
    }
}
