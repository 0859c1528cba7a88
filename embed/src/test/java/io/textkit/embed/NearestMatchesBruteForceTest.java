package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class NearestMatchesBruteForceTest {

    @Test
    void nearestEqualsADoublePrecisionScanOverEveryWord() {
        Random random = new Random(11);
        int n = 700;
        int dim = 24;
        List<String> words = new ArrayList<>();
        FMatrixRMaj matrix = new FMatrixRMaj(n, dim);
        for (int i = 0; i < n; i++) {
            words.add("w" + i);
            for (int j = 0; j < dim; j++) {
                matrix.data[i * dim + j] = (float) random.nextGaussian();
            }
        }
        WordVectors vectors = new WordVectors(words, matrix);
        for (int trial = 0; trial < 40; trial++) {
            float[] query = new float[dim];
            for (int j = 0; j < dim; j++) {
                query[j] = (float) random.nextGaussian();
            }
            Set<String> exclude = Set.of("w" + random.nextInt(n), "w" + random.nextInt(n));
            double[] cosine = IntStream.range(0, n).mapToDouble(i -> cosine(matrix, i, query)).toArray();
            List<Integer> expected = IntStream.range(0, n).filter(i -> !exclude.contains("w" + i)).boxed()
                    .sorted(Comparator.comparingDouble(i -> -cosine[i])).limit(15).toList();
            List<Neighbor> actual = vectors.nearest(query, 15, exclude);
            assertEquals(15, actual.size());
            for (int r = 0; r < 15; r++) {
                int id = expected.get(r);
                assertEquals(cosine[id], actual.get(r).similarity(), 1e-5, "trial " + trial + " rank " + r);
                // Float rounding may swap two words whose cosines differ by less than it.
                if (r + 1 == 15 || cosine[id] - cosine[expected.get(r + 1)] > 1e-5) {
                    if (r == 0 || cosine[expected.get(r - 1)] - cosine[id] > 1e-5) {
                        assertEquals("w" + id, actual.get(r).word(), "trial " + trial + " rank " + r);
                    }
                }
            }
        }
    }

    private static double cosine(FMatrixRMaj m, int row, float[] q) {
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int j = 0; j < q.length; j++) {
            double x = m.data[row * q.length + j];
            dot += x * q[j];
            a += x * x;
            b += (double) q[j] * q[j];
        }
        return dot / Math.sqrt(a * b);
    }
}
