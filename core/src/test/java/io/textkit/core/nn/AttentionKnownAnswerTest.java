package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The attention layers against their score formulas written out in double precision here, from the
 * layers' own (random) parameters: one query, one example, no padding.
 */
class AttentionKnownAnswerTest {
    private final Random random = new Random(47);

    private static double[][] read(Tensor t) {
        double[][] m = new double[t.rows()][t.cols()];
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.cols(); j++) {
                m[i][j] = t.get(i, j);
            }
        }
        return m;
    }

    private static double[][] parameter(Module module, String name) {
        return read(module.namedParameters().get(name));
    }

    /** Row vector times matrix: (v·M)_j. */
    private static double[] times(double[] v, double[][] m) {
        double[] out = new double[m[0].length];
        for (int j = 0; j < out.length; j++) {
            for (int k = 0; k < v.length; k++) {
                out[j] += v[k] * m[k][j];
            }
        }
        return out;
    }

    private static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = Math.exp(s[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < s.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    private static void assertAttends(double[] scores, double[][] values, AttentionOutput out) {
        double[] weights = softmax(scores);
        for (int t = 0; t < scores.length; t++) {
            assertEquals(weights[t], out.weights().get(0, t), 1e-6, "weight " + t);
        }
        for (int j = 0; j < values[0].length; j++) {
            double context = 0;
            for (int t = 0; t < scores.length; t++) {
                context += weights[t] * values[t][j];
            }
            assertEquals(context, out.context().get(0, j), 1e-6, "context " + j);
        }
    }

    @Test
    void additiveScoreIsVTanhOfProjectedQueryPlusKey() {
        AdditiveAttention attention = new AdditiveAttention(2, 3, 4, random);
        Tensor query = Tensor.uniform(1, 2, 1f, random);
        Tensor keys = Tensor.uniform(3, 3, 1f, random);
        Tensor values = Tensor.uniform(3, 2, 1f, random);
        double[] q = times(read(query)[0], parameter(attention, "queryWeight"));
        double[][] v = parameter(attention, "scoreVector");
        double[] scores = new double[3];
        for (int t = 0; t < 3; t++) {
            double[] k = times(read(keys)[t], parameter(attention, "keyWeight"));
            for (int a = 0; a < q.length; a++) {
                scores[t] += v[a][0] * Math.tanh(q[a] + k[a]);
            }
        }
        assertAttends(scores, read(values), attention.forward(query, keys, values, null));
    }

    @Test
    void generalScoreIsQueryTimesWTimesKey() {
        MultiplicativeAttention attention = MultiplicativeAttention.general(2, 3, random);
        Tensor query = Tensor.uniform(1, 2, 1f, random);
        Tensor keys = Tensor.uniform(3, 3, 1f, random);
        Tensor values = Tensor.uniform(3, 2, 1f, random);
        double[] qw = times(read(query)[0], parameter(attention, "weight"));
        double[] scores = new double[3];
        for (int t = 0; t < 3; t++) {
            for (int j = 0; j < 3; j++) {
                scores[t] += qw[j] * keys.get(t, j);
            }
        }
        assertAttends(scores, read(values), attention.forward(query, keys, values, null));
    }

    @Test
    void multiHeadIsScaledDotProductPerHeadThenOutputProjection() {
        int dModel = 4;
        int heads = 2;
        int dk = dModel / heads;
        MultiHeadAttention attention = new MultiHeadAttention(dModel, heads, random);
        attention.namedParameters().forEach((name, p) -> {
            if (name.endsWith("Bias")) {
                for (int k = 0; k < p.data().length; k++) {
                    p.data()[k] = 0.1f * (k + 1);
                }
            }
        });
        Tensor x = Tensor.uniform(3, dModel, 1f, random);
        double[][] q = new double[3][];
        double[][] k = new double[3][];
        double[][] v = new double[3][];
        for (int t = 0; t < 3; t++) {
            q[t] = plus(times(read(x)[t], parameter(attention, "queryWeight")), parameter(attention, "queryBias")[0]);
            k[t] = plus(times(read(x)[t], parameter(attention, "keyWeight")), parameter(attention, "keyBias")[0]);
            v[t] = plus(times(read(x)[t], parameter(attention, "valueWeight")), parameter(attention, "valueBias")[0]);
        }

        Tensor out = attention.forward(x, null);

        for (int i = 0; i < 3; i++) {
            double[] concat = new double[dModel];
            for (int h = 0; h < heads; h++) {
                double[] scores = new double[3];
                for (int t = 0; t < 3; t++) {
                    for (int j = h * dk; j < (h + 1) * dk; j++) {
                        scores[t] += q[i][j] * k[t][j] / Math.sqrt(dk);
                    }
                }
                double[] weights = softmax(scores);
                for (int j = h * dk; j < (h + 1) * dk; j++) {
                    for (int t = 0; t < 3; t++) {
                        concat[j] += weights[t] * v[t][j];
                    }
                }
            }
            double[] expected = plus(times(concat, parameter(attention, "outputWeight")), parameter(attention, "outputBias")[0]);
            for (int j = 0; j < dModel; j++) {
                assertEquals(expected[j], out.get(i, j), 1e-5, "output (" + i + ", " + j + ")");
            }
        }
    }

    private static double[] plus(double[] a, double[] b) {
        double[] out = a.clone();
        for (int j = 0; j < out.length; j++) {
            out[j] += b[j];
        }
        return out;
    }
}
