package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Tensor;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** LayerNorm standardises rows; BatchNorm uses batch statistics in training and running ones in evaluation. */
class NormalizationLayerTest {
    private static final float EPS = 1e-5f;

    @Test
    void layerNormRowsHaveMeanZeroAndVarianceOne() {
        Random random = new Random(3);
        float[][] rows = new float[4][7];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = 5f * i + (i + 1) * (float) random.nextGaussian();
            }
        }
        Tensor y = new LayerNorm(7, EPS).forward(Tensor.of(rows));
        for (int i = 0; i < y.rows(); i++) {
            double mean = 0;
            for (int j = 0; j < y.cols(); j++) {
                mean += y.get(i, j);
            }
            mean /= y.cols();
            double var = 0;
            for (int j = 0; j < y.cols(); j++) {
                var += (y.get(i, j) - mean) * (y.get(i, j) - mean);
            }
            var /= y.cols();
            assertEquals(0, mean, 1e-5, "mean of row " + i);
            assertEquals(1, var, 1e-3, "variance of row " + i);
        }
    }

    /** Two batches with hand-computed statistics, momentum 0.1. */
    private static BatchNorm afterTwoBatches() {
        BatchNorm norm = new BatchNorm(2, EPS, 0.1f);
        // Batch 1: mean [2, 4], unbiased variance [2, 8].
        norm.forward(Tensor.of(new float[][] {{1, 2}, {3, 6}}));
        // Batch 2: mean [2, 1], unbiased variance [4, 4].
        norm.forward(Tensor.of(new float[][] {{0, -1}, {2, 1}, {4, 3}}));
        return norm;
    }

    @Test
    void batchNormRunningStatisticsAfterTwoBatches() {
        BatchNorm norm = afterTwoBatches();
        // After batch 1: mean 0.9·[0, 0] + 0.1·[2, 4] = [0.2, 0.4]; variance 0.9·[1, 1] + 0.1·[2, 8] = [1.1, 1.7].
        // After batch 2: mean 0.9·[0.2, 0.4] + 0.1·[2, 1] = [0.38, 0.46];
        //                variance 0.9·[1.1, 1.7] + 0.1·[4, 4] = [1.39, 1.93].
        assertArrayEquals(new float[] {0.38f, 0.46f}, norm.runningMean().data, 1e-6f);
        assertArrayEquals(new float[] {1.39f, 1.93f}, norm.runningVar().data, 1e-6f);
    }

    @Test
    void batchNormTrainingUsesTheBatchStatistics() {
        BatchNorm norm = new BatchNorm(2, EPS, 0.1f);
        Tensor y = norm.forward(Tensor.of(new float[][] {{0, -1}, {2, 1}, {4, 3}}));
        // Both columns have biased variance 8/3, so (x − μ)/σ is −√1.5, 0, √1.5.
        float s = (float) (2 / Math.sqrt(8.0 / 3 + EPS));
        assertArrayEquals(new float[] {-s, -s, 0, 0, s, s}, y.data(), 1e-5f);
    }

    @Test
    void batchNormEvaluationUsesTheRunningStatistics() {
        BatchNorm norm = afterTwoBatches();
        System.arraycopy(new float[] {1.5f, -0.5f}, 0, norm.gamma().data(), 0, 2);
        System.arraycopy(new float[] {0.25f, 2f}, 0, norm.beta().data(), 0, 2);
        norm.train(false);
        float[][] x = {{1, 2}, {-3, 0.5f}};
        Tensor y = norm.forward(Tensor.of(x));
        float[] mean = {0.38f, 0.46f};
        float[] var = {1.39f, 1.93f};
        float[] gamma = {1.5f, -0.5f};
        float[] beta = {0.25f, 2f};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double expected = gamma[j] * (x[i][j] - mean[j]) / Math.sqrt(var[j] + EPS) + beta[j];
                assertEquals(expected, y.get(i, j), 1e-5, "(" + i + ", " + j + ")");
            }
        }
        assertArrayEquals(mean, norm.runningMean().data, 1e-6f, "evaluation must not move the estimates");
    }

    @Test
    void batchNormEvaluationHandlesASingleRowButTrainingRefusesIt() {
        BatchNorm norm = new BatchNorm(3, EPS, 0.1f);
        Tensor row = Tensor.of(new float[][] {{1, 2, 3}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> norm.forward(row));
        assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
        norm.train(false);
        // Fresh estimates are mean 0, variance 1: the row passes through (up to ε).
        assertArrayEquals(new float[] {1, 2, 3}, norm.forward(row).data(), 1e-4f);
    }

    @Test
    void batchNormStateHoldsTheRunningStatistics() {
        assertEquals(Set.of("gamma", "beta", "runningMean", "runningVar"),
                new BatchNorm(2, EPS, 0.1f).state().keySet());
    }
}
