package io.textkit.seq2seq.decode;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A {@link StepModel} for tests whose log-probabilities (and attention) are a function of the
 * sentence's source and the row's prefix alone, so a row's output cannot depend on the batch it is
 * in. Counts its {@link #step} calls.
 */
final class ScriptedModel implements StepModel<ScriptedModel.Rows> {
    static final int BOS = 0;
    static final int EOS = 1;

    /** The rows of a batch: each row's source and the tokens it has taken (null before the first step). */
    record Rows(int[][] sources, int[][] prefixes) {}

    private final int vocabularySize;
    private final BiFunction<int[], int[], float[]> logProbs;
    private final BiFunction<int[], int[], float[]> attention;
    int steps;

    /**
     * @param logProbs (source, prefix) → the next token's log-probabilities
     * @param attention (source, prefix) → attention over the source, or null for no attention
     */
    ScriptedModel(int vocabularySize, BiFunction<int[], int[], float[]> logProbs, BiFunction<int[], int[], float[]> attention) {
        this.vocabularySize = vocabularySize;
        this.logProbs = logProbs;
        this.attention = attention;
    }

    /**
     * A model whose every row is a log-softmax of pseudo-random logits seeded by the source and the
     * prefix, with pseudo-random attention; {@code sharpness} scales the logits.
     */
    static ScriptedModel hashed(int vocabularySize, long seed, double sharpness) {
        BiFunction<int[], int[], float[]> lp = (source, prefix) -> {
            Random random = new Random(seed * 31 + 17L * Arrays.hashCode(source) + Arrays.hashCode(prefix));
            double[] logits = new double[vocabularySize];
            double max = Double.NEGATIVE_INFINITY;
            for (int v = 0; v < vocabularySize; v++) {
                logits[v] = sharpness * random.nextGaussian();
                max = Math.max(max, logits[v]);
            }
            logits[BOS] = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (double l : logits) {
                sum += Math.exp(l - max);
            }
            float[] out = new float[vocabularySize];
            for (int v = 0; v < vocabularySize; v++) {
                out[v] = (float) (logits[v] - max - Math.log(sum));
            }
            return out;
        };
        BiFunction<int[], int[], float[]> att = (source, prefix) -> {
            Random random = new Random(seed * 7 + 5L * Arrays.hashCode(source) + 3L * Arrays.hashCode(prefix));
            float[] out = new float[source.length];
            float sum = 0;
            for (int j = 0; j < out.length; j++) {
                out[j] = random.nextFloat() + 1e-3f;
                sum += out[j];
            }
            for (int j = 0; j < out.length; j++) {
                out[j] /= sum;
            }
            return out;
        };
        return new ScriptedModel(vocabularySize, lp, att);
    }

    /** Log-probabilities with {@code fill} everywhere but the given token → probability pairs. */
    static float[] row(int vocabularySize, float fill, double... tokenProbability) {
        float[] out = new float[vocabularySize];
        Arrays.fill(out, fill);
        for (int i = 0; i < tokenProbability.length; i += 2) {
            out[(int) tokenProbability[i]] = (float) Math.log(tokenProbability[i + 1]);
        }
        return out;
    }

    @Override
    public int vocabularySize() {
        return vocabularySize;
    }

    @Override
    public int bos() {
        return BOS;
    }

    @Override
    public int eos() {
        return EOS;
    }

    @Override
    public Rows start(int[][] sources) {
        return new Rows(sources.clone(), new int[sources.length][]);
    }

    @Override
    public Step<Rows> step(Rows state, int[] lastTokens) {
        steps++;
        int rows = lastTokens.length;
        if (rows != state.prefixes().length) {
            throw new AssertionError("step got " + rows + " tokens for " + state.prefixes().length + " rows");
        }
        int[][] prefixes = new int[rows][];
        float[] out = new float[rows * vocabularySize];
        int width = Arrays.stream(state.sources()).mapToInt(s -> s.length).max().orElse(0);
        float[] att = attention == null ? null : new float[rows * width];
        for (int r = 0; r < rows; r++) {
            int[] before = state.prefixes()[r];
            if ((lastTokens[r] == BOS) != (before == null)) {
                throw new AssertionError("row " + r + " was given token " + lastTokens[r] + " after " + Arrays.toString(before));
            }
            int[] prefix = before == null ? new int[0] : Arrays.copyOf(before, before.length + 1);
            if (before != null) {
                prefix[before.length] = lastTokens[r];
            }
            System.arraycopy(logProbs.apply(state.sources()[r], prefix), 0, out, r * vocabularySize, vocabularySize);
            if (att != null) {
                float[] a = attention.apply(state.sources()[r], prefix);
                System.arraycopy(a, 0, att, r * width, a.length);
            }
            prefixes[r] = prefix;
        }
        return new Step<>(new Rows(state.sources(), prefixes), out, att);
    }

    @Override
    public Rows select(Rows state, int[] rows) {
        int[][] sources = new int[rows.length][];
        int[][] prefixes = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            sources[i] = state.sources()[rows[i]];
            prefixes[i] = state.prefixes()[rows[i]];
        }
        return new Rows(sources, prefixes);
    }
}
