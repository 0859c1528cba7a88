package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One GRU and one LSTM step on hand-set weights, against the equations written out per unit in
 * double precision here, independently of the tensor ops.
 */
class RecurrentCellKnownAnswerTest {
    private static final int IN = 2;
    private static final int H = 2;
    private static final double[] X = {0.5, -1.0};
    private static final double[] H0 = {0.25, -0.5};
    private static final double[] C0 = {1.0, -0.75};

    /** A fixed weight pattern: entry (i, j) of a rows × cols matrix, distinct and of mixed sign. */
    private static double w(int i, int j, int cols, double seed) {
        return Math.sin(seed + 0.7 * (i * cols + j));
    }

    private static double[][] matrix(int rows, int cols, double seed) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = w(i, j, cols, seed);
            }
        }
        return m;
    }

    private static void set(Module module, String name, double[][] values) {
        float[] data = module.namedParameters().get(name).data();
        int cols = values[0].length;
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < cols; j++) {
                data[i * cols + j] = (float) values[i][j];
            }
        }
    }

    private static Tensor row(double[] v) {
        float[] f = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            f[k] = (float) v[k];
        }
        return Tensor.of(1, v.length, f);
    }

    /** Σ_k v_k·m[k][col]. */
    private static double dot(double[] v, double[][] m, int col) {
        double s = 0;
        for (int k = 0; k < v.length; k++) {
            s += v[k] * m[k][col];
        }
        return s;
    }

    private static double sigmoid(double a) {
        return 1 / (1 + Math.exp(-a));
    }

    @Test
    void gruStepMatchesTheEquations() {
        double[][] w = matrix(IN, 3 * H, 0.1);
        double[][] u = matrix(H, 3 * H, 1.3);
        double[][] b = matrix(1, 3 * H, 2.2);
        double[][] bhn = matrix(1, H, 3.7);
        GruCell cell = new GruCell(IN, H, new Random(1));
        set(cell, "inputWeight", w);
        set(cell, "recurrentWeight", u);
        set(cell, "bias", b);
        set(cell, "newGateRecurrentBias", bhn);

        Tensor out = cell.forward(row(X), row(H0));

        for (int j = 0; j < H; j++) {
            double r = sigmoid(dot(X, w, j) + b[0][j] + dot(H0, u, j));
            double z = sigmoid(dot(X, w, H + j) + b[0][H + j] + dot(H0, u, H + j));
            double n = Math.tanh(dot(X, w, 2 * H + j) + b[0][2 * H + j] + r * (dot(H0, u, 2 * H + j) + bhn[0][j]));
            double expected = (1 - z) * n + z * H0[j];
            assertEquals(expected, out.get(0, j), 1e-6, "h'[" + j + "]");
        }
    }

    @Test
    void lstmStepMatchesTheEquations() {
        double[][] w = matrix(IN, 4 * H, 0.4);
        double[][] u = matrix(H, 4 * H, 1.9);
        double[][] b = matrix(1, 4 * H, 2.8);
        LstmCell cell = new LstmCell(IN, H, new Random(1));
        set(cell, "inputWeight", w);
        set(cell, "recurrentWeight", u);
        set(cell, "bias", b);

        RecurrentState out = cell.forward(row(X), new RecurrentState(row(H0), row(C0)));

        for (int j = 0; j < H; j++) {
            double i = sigmoid(dot(X, w, j) + dot(H0, u, j) + b[0][j]);
            double f = sigmoid(dot(X, w, H + j) + dot(H0, u, H + j) + b[0][H + j]);
            double g = Math.tanh(dot(X, w, 2 * H + j) + dot(H0, u, 2 * H + j) + b[0][2 * H + j]);
            double o = sigmoid(dot(X, w, 3 * H + j) + dot(H0, u, 3 * H + j) + b[0][3 * H + j]);
            double c = f * C0[j] + i * g;
            assertEquals(c, out.c().get(0, j), 1e-6, "c'[" + j + "]");
            assertEquals(o * Math.tanh(c), out.h().get(0, j), 1e-6, "h'[" + j + "]");
        }
    }

    @Test
    void lstmForgetGateBiasStartsAtOneAndTheOthersAtZero() {
        float[] bias = new LstmCell(IN, H, new Random(1)).namedParameters().get("bias").data();
        for (int k = 0; k < 4 * H; k++) {
            assertEquals(k >= H && k < 2 * H ? 1f : 0f, bias[k], "bias[" + k + "]");
        }
    }
}
