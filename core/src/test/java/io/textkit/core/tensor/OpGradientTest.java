package io.textkit.core.tensor;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Finite-difference checks of every op's backward step (see {@link GradientCheck} for the tolerance). */
class OpGradientTest {
    private final Random random = new Random(42);
    private final GradientCheck check = GradientCheck.standard();

    /** Values in [-1, 1] kept at least 0.05 away from 0, so kinks at 0 are never straddled. */
    private Tensor param(int rows, int cols) {
        Tensor t = Tensor.uniform(rows, cols, 1f, random);
        float[] d = t.data();
        for (int k = 0; k < d.length; k++) {
            if (Math.abs(d[k]) < 0.05f) {
                d[k] = d[k] < 0 ? -0.05f - 0.1f * k / d.length : 0.05f + 0.1f * k / d.length;
            }
        }
        return t;
    }

    /** Distinct values spaced 0.1 apart in a shuffled order, so maxima have no near-ties. */
    private Tensor distinct(int rows, int cols) {
        int n = rows * cols;
        float[] d = new float[n];
        for (int k = 0; k < n; k++) {
            d[k] = (k - n / 2) * 0.1f + 0.033f;
        }
        for (int k = n - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            float s = d[k];
            d[k] = d[j];
            d[j] = s;
        }
        return Tensor.parameter(org.ejml.data.FMatrixRMaj.wrap(rows, cols, d));
    }

    @Test
    void addSubMulWithEveryBroadcast() {
        Tensor a = param(3, 4);
        for (Tensor b : List.of(param(3, 4), param(1, 4), param(3, 1), param(1, 1))) {
            check.check(() -> Arithmetic.add(a, b), a, b);
            check.check(() -> Arithmetic.sub(a, b), a, b);
            check.check(() -> Arithmetic.mul(a, b), a, b);
        }
    }

    @Test
    void scaleAddScalarOneMinus() {
        Tensor a = param(2, 5);
        check.check(() -> Arithmetic.scale(a, -1.7f), a);
        check.check(() -> Arithmetic.addScalar(a, 0.3f), a);
        check.check(() -> Arithmetic.oneMinus(a), a);
    }

    @Test
    void productAddedOntoATensor() {
        Tensor c = param(3, 4);
        Tensor a = param(3, 5);
        Tensor b = param(5, 4);
        check.check(() -> Arithmetic.addMatmul(c, a, b), c, a, b);
    }

    @Test
    void matmulAndTransposedProduct() {
        Tensor a = param(3, 5);
        Tensor b = param(5, 4);
        Tensor c = param(6, 5);
        check.check(() -> Arithmetic.matmul(a, b), a, b);
        check.check(() -> Arithmetic.matmulTransB(a, c), a, c);
    }

    @Test
    void elementwiseActivations() {
        Tensor a = param(4, 5);
        check.check(() -> Activations.sigmoid(a), a);
        check.check(() -> Activations.tanh(a), a);
        check.check(() -> Activations.relu(a), a);
        check.check(() -> Activations.leakyRelu(a, 0.1f), a);
        check.check(() -> Activations.elu(a, 1.0f), a);
        check.check(() -> Activations.gelu(a), a);
    }

    @Test
    void preluLearnsItsSlopePerColumnAndShared() {
        Tensor a = param(4, 3);
        Tensor perColumn = param(1, 3);
        Tensor shared = param(1, 1);
        check.check(() -> Activations.prelu(a, perColumn), a, perColumn);
        check.check(() -> Activations.prelu(a, shared), a, shared);
    }

    @Test
    void maxoutRoutesToTheWinner() {
        Tensor a = distinct(3, 6);
        check.check(() -> Activations.maxout(a, 3), a);
    }

    @Test
    void softmaxFamily() {
        Tensor a = param(3, 5);
        float[] mask = {1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1};
        check.check(() -> Activations.softmax(a), a);
        check.check(() -> Activations.logSoftmax(a), a);
        check.check(() -> Activations.maskedSoftmax(a, mask), a);
        check.check(() -> Activations.maskedSoftmax(a, new float[] {1, 0, 1, 1, 0}), a);
    }

    @Test
    void reductions() {
        Tensor a = param(4, 3);
        Tensor d = distinct(4, 3);
        check.check(() -> Reductions.sum(a), a);
        check.check(() -> Reductions.mean(a), a);
        check.check(() -> Reductions.sumOverRows(a), a);
        check.check(() -> Reductions.meanOverRows(a), a);
        check.check(() -> Reductions.sumOverCols(a), a);
        check.check(() -> Reductions.meanOverCols(a), a);
        check.check(() -> Reductions.maxOverRows(d), d);
        check.check(() -> Reductions.maxOverCols(d), d);
    }

    @Test
    void shapeOps() {
        Tensor a = param(3, 4);
        Tensor b = param(3, 2);
        Tensor c = param(2, 4);
        check.check(() -> Shapes.concatCols(a, b), a, b);
        check.check(() -> Shapes.concatRows(List.of(a, c)), a, c);
        check.check(() -> Shapes.sliceRows(a, 1, 2), a);
        check.check(() -> Shapes.sliceCols(a, 1, 2), a);
        check.check(() -> Shapes.transpose(a), a);
        check.check(() -> Shapes.reshape(a, 2, 6), a);
    }

    @Test
    void gatherRowsWithRepeatsAndPadding() {
        Tensor table = param(5, 3);
        check.check(() -> Shapes.gatherRows(table, new int[] {4, 0, 4, -1, 2}), table);
    }

    @Test
    void poolingOverTimeWithMask() {
        int batch = 2;
        Tensor x = distinct(4 * batch, 3);
        float[] mask = {1, 1, 1, 1, 1, 0, 0, 0};
        check.check(() -> Pooling.maxOverTime(x, batch, mask), x);
        check.check(() -> Pooling.meanOverTime(x, batch, mask), x);
        check.check(() -> Pooling.maxOverTime(x, batch, null), x);
    }

    @Test
    void convolutionOverTime() {
        int batch = 2;
        Tensor x = param(5 * batch, 3);
        Tensor w = param(2 * 3, 4);
        Tensor bias = param(1, 4);
        check.check(() -> Convolution.conv1d(x, batch, w, bias), x, w, bias);
    }

    @Test
    void layerNormAndBatchNorm() {
        Tensor x = param(4, 5);
        Tensor gamma = param(1, 5);
        Tensor beta = param(1, 5);
        check.check(() -> Normalization.layerNorm(x, gamma, beta, 1e-5f), x, gamma, beta);
        check.check(() -> Normalization.batchNorm(x, gamma, beta, 1e-5f, new float[5], new float[5]), x, gamma, beta);
    }

    @Test
    void dropoutUsesTheSameMaskBackward() {
        Tensor x = param(4, 5);
        check.check(() -> Dropout.apply(x, 0.3f, new Random(3)), x);
    }
}
