package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two-pass Huffman-path kernels against the one-node-at-a-time loop written out in scalar
 * double-free float arithmetic: for each node in order, f = h·u, then err += g·u and u += g·h with
 * u's old value. Random rows, paths of every parity, dimensions with and without a vector tail,
 * and an output row offset in the middle of a larger matrix. Scores may differ from the scalar sum
 * by the reduction order only (a few ulps of |h|·|u|); the updates are the same products and sums
 * in the same order per component, so they agree to the bit whenever the kernels run as plain loops
 * and to a few ulps with fused multiply-adds.
 */
class PathKernelsMatchScalarReferenceTest {
    @ParameterizedTest(name = "dim={0} nodes={1}")
    @CsvSource({"100,16", "100,15", "100,1", "100,0", "16,7", "7,3", "300,20", "33,2"})
    void scoresAndUpdatesMatchTheNodeByNodeLoop(int dim, int nodes) {
        var random = new Random(dim * 31L + nodes);
        int outRows = 40;
        float[] out = rows(random, outRows * dim);
        float[] in = rows(random, 3 * dim);
        int inOff = dim;   // the middle row: kernels must respect the offset
        int[] rows = new int[nodes];
        int[] order = random.ints(0, outRows).distinct().limit(nodes).toArray();
        for (int k = 0; k < nodes; k++) {
            rows[k] = order[k] * dim;
        }
        float[] g = new float[nodes];
        for (int k = 0; k < nodes; k++) {
            g[k] = random.nextFloat() - 0.5f;
        }
        float[] err = rows(random, dim);

        float[] f = new float[nodes];
        PathKernels.scores(in, inOff, out, rows, nodes, f, dim);
        for (int k = 0; k < nodes; k++) {
            float expected = 0;
            float magnitude = 0;
            for (int i = 0; i < dim; i++) {
                expected += in[inOff + i] * out[rows[k] + i];
                magnitude += Math.abs(in[inOff + i] * out[rows[k] + i]);
            }
            assertEquals(expected, f[k], 1e-5f * magnitude, "score of node " + k);
        }

        float[] expectedOut = out.clone();
        float[] expectedErr = err.clone();
        for (int k = 0; k < nodes; k++) {
            for (int i = 0; i < dim; i++) {
                float u = expectedOut[rows[k] + i];
                expectedErr[i] += g[k] * u;
                expectedOut[rows[k] + i] = u + g[k] * in[inOff + i];
            }
        }
        float[] inBefore = in.clone();
        PathKernels.update(in, inOff, out, rows, g, nodes, err, dim);
        assertArrayEquals(inBefore, in, "h is read only");
        assertArrayEquals(expectedErr, err, 1e-5f);
        assertArrayEquals(expectedOut, out, 1e-5f);
    }

    private static float[] rows(Random random, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextFloat() * 2 - 1;
        }
        return a;
    }
}
