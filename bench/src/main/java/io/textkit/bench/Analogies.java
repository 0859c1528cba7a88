package io.textkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;

/**
 * A quick word-analogy evaluator for benchmarking word2vec: 3CosAdd (argmax over b* of
 * cos(b*, b − a + a*), the three question words excluded) on L2-normalised vectors, restricted to
 * the {@code limit} most frequent words as gensim's {@code evaluate_word_analogies}; questions
 * with a word outside them are skipped. Lowercases the questions.
 */
public final class Analogies {
    private Analogies() {}

    /** Correct and answered counts; {@code words} must be in decreasing frequency order. */
    public record Result(int correct, int answered, int skipped) {
        public double accuracy() {
            return answered == 0 ? 0 : (double) correct / answered;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f%% (%d/%d, %d skipped)", 100 * accuracy(), correct, answered,
                    skipped);
        }
    }

    public static Result evaluate(Path questions, List<String> words, FMatrixRMaj vectors, int limit)
            throws IOException {
        int n = Math.min(limit, words.size());
        int dim = vectors.numCols;
        float[] unit = new float[n * dim];
        Map<String, Integer> index = new HashMap<>();
        for (int w = 0; w < n; w++) {
            index.put(words.get(w), w);
            double norm = 0;
            for (int i = 0; i < dim; i++) {
                norm += (double) vectors.data[w * dim + i] * vectors.data[w * dim + i];
            }
            float inv = (float) (1 / Math.max(1e-12, Math.sqrt(norm)));
            for (int i = 0; i < dim; i++) {
                unit[w * dim + i] = vectors.data[w * dim + i] * inv;
            }
        }
        List<int[]> asked = new ArrayList<>();
        int skipped = 0;
        for (String line : Files.readAllLines(questions)) {
            if (line.startsWith(":") || line.isBlank()) {
                continue;
            }
            String[] q = line.toLowerCase(Locale.ROOT).trim().split("\\s+");
            Integer a = index.get(q[0]), b = index.get(q[1]), c = index.get(q[2]), d = index.get(q[3]);
            if (a == null || b == null || c == null || d == null) {
                skipped++;
            } else {
                asked.add(new int[] {a, b, c, d});
            }
        }
        AtomicInteger correct = new AtomicInteger();
        IntStream.range(0, asked.size()).parallel().forEach(k -> {
            int[] q = asked.get(k);
            float[] target = new float[dim];
            for (int i = 0; i < dim; i++) {
                target[i] = unit[q[1] * dim + i] - unit[q[0] * dim + i] + unit[q[2] * dim + i];
            }
            int best = -1;
            float bestScore = Float.NEGATIVE_INFINITY;
            for (int w = 0; w < n; w++) {
                if (w == q[0] || w == q[1] || w == q[2]) {
                    continue;
                }
                float s = 0;
                for (int i = 0; i < dim; i++) {
                    s += target[i] * unit[w * dim + i];
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = w;
                }
            }
            if (best == q[3]) {
                correct.incrementAndGet();
            }
        });
        return new Result(correct.get(), asked.size(), skipped);
    }
}
