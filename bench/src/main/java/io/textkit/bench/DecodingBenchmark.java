package io.textkit.bench;

import io.textkit.seq2seq.decode.BeamOptions;
import io.textkit.seq2seq.decode.BeamSearch;
import io.textkit.seq2seq.decode.DecodeLimits;
import io.textkit.seq2seq.decode.GreedySearch;
import io.textkit.seq2seq.decode.LengthPenalty;
import io.textkit.seq2seq.decode.Sampler;
import io.textkit.seq2seq.decode.SamplingOptions;
import io.textkit.seq2seq.decode.StepModel;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the decoders themselves cost, apart from the model: a batch of 16 sentences decoded to 30
 * tokens each by greedy search, beam search (width 5, plain and with trigram blocking) and
 * nucleus sampling, over a model whose step only copies precomputed log-probability rows (the end
 * token is unlikely, so every hypothesis runs to the maximum length and the work is fixed). The
 * baseline runs that model's steps alone, for as many rows as beam search of width 5 keeps: what
 * is left above it is the decoder's own time (selection, bookkeeping, bans).
 *
 * <p>Run from the repository root:
 * <pre>
 * ./bench/run Decoding
 * ./bench/run Decoding -p vocabulary=32000
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DecodingBenchmark {
    static final int SENTENCES = 16;
    static final int LENGTH = 30;
    static final int WIDTH = 5;

    /** A step model whose rows are precomputed log-softmax rows chosen by a hash of the prefix. */
    static final class TableModel implements StepModel<int[]> {
        private static final int ROWS = 64;
        private final int vocabulary;
        private final float[][] table;

        TableModel(int vocabulary, long seed) {
            this.vocabulary = vocabulary;
            Random random = new Random(seed);
            table = new float[ROWS][vocabulary];
            for (float[] row : table) {
                double sum = 0;
                double[] logits = new double[vocabulary];
                for (int v = 0; v < vocabulary; v++) {
                    logits[v] = 2 * random.nextGaussian();
                    sum += Math.exp(logits[v]);
                }
                double log = Math.log(sum);
                for (int v = 0; v < vocabulary; v++) {
                    row[v] = (float) (logits[v] - log);
                }
                row[eos()] = -30f;
            }
        }

        @Override
        public int vocabularySize() {
            return vocabulary;
        }

        @Override
        public int bos() {
            return 0;
        }

        @Override
        public int eos() {
            return 1;
        }

        @Override
        public int[] start(int[][] sources) {
            int[] hashes = new int[sources.length];
            for (int s = 0; s < sources.length; s++) {
                hashes[s] = s * 0x9E3779B9;
            }
            return hashes;
        }

        @Override
        public Step<int[]> step(int[] state, int[] lastTokens) {
            int rows = lastTokens.length;
            int[] next = new int[rows];
            float[] logProbs = new float[rows * vocabulary];
            for (int r = 0; r < rows; r++) {
                next[r] = (state[r] ^ lastTokens[r]) * 0x01000193 + 0x7F4A7C15;
                System.arraycopy(table[(next[r] >>> 7) % ROWS], 0, logProbs, r * vocabulary, vocabulary);
            }
            return new Step<>(next, logProbs, null);
        }

        @Override
        public int[] select(int[] state, int[] rows) {
            int[] out = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = state[rows[i]];
            }
            return out;
        }
    }

    /** The model, the sources and the decoders. */
    @State(Scope.Benchmark)
    public static class Decoders {
        @Param({"8000", "32000"})
        int vocabulary;

        TableModel model;
        int[][] sources;
        GreedySearch<int[]> greedy;
        BeamSearch<int[]> beam;
        BeamSearch<int[]> beamBlocking;
        Sampler<int[]> nucleus;

        @Setup(Level.Trial)
        public void setUp() {
            model = new TableModel(vocabulary, 42);
            sources = new int[SENTENCES][LENGTH];
            DecodeLimits limits = new DecodeLimits(0, LENGTH, 0, 0);
            greedy = new GreedySearch<>(model, limits);
            beam = new BeamSearch<>(model, new BeamOptions(WIDTH, 1, LengthPenalty.AVG, 1.0, limits));
            beamBlocking = new BeamSearch<>(model,
                    new BeamOptions(WIDTH, 1, LengthPenalty.AVG, 1.0, new DecodeLimits(0, LENGTH, 0, 3)));
            nucleus = new Sampler<>(model, new SamplingOptions(1.0, 0, 0.9, limits));
        }
    }

    @Benchmark
    public float[] baselineModelStepsOnly(Decoders d) {
        int rows = SENTENCES * WIDTH;
        int[] state = new int[rows];
        int[] tokens = new int[rows];
        float[] last = null;
        for (int t = 0; t <= LENGTH; t++) {
            StepModel.Step<int[]> step = d.model.step(state, tokens);
            state = step.state();
            last = step.logProbs();
        }
        return last;
    }

    @Benchmark
    public Object greedy(Decoders d) {
        return d.greedy.decode(d.sources);
    }

    @Benchmark
    public Object beamWidth5(Decoders d) {
        return d.beam.decode(d.sources);
    }

    @Benchmark
    public Object beamWidth5NoRepeatTrigram(Decoders d) {
        return d.beamBlocking.decode(d.sources);
    }

    @Benchmark
    public Object samplingTopP(Decoders d) {
        return d.nucleus.decode(d.sources, new Random(7));
    }
}
