package io.textkit.seq2seq.decode;

import static io.textkit.seq2seq.decode.HypothesisAssert.assertSameHypothesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sampling: its greedy limits, the nucleus, and seeded determinism. */
class SamplerTest {
    private static final int[][] SOURCES = {{3, 4, 5}, {6}, {7, 8, 9, 10}};
    private static final DecodeLimits LIMITS = new DecodeLimits(0, 30, 0, 0);

    private static List<Hypothesis> sample(ScriptedModel model, double temperature, int topK, double topP, long seed) {
        return new Sampler<>(model, new SamplingOptions(temperature, topK, topP, LIMITS)).decode(SOURCES, new Random(seed));
    }

    @Test
    void topKOneEqualsGreedy() {
        for (long seed = 1; seed <= 10; seed++) {
            ScriptedModel model = ScriptedModel.hashed(12, seed, 1.0);
            List<Hypothesis> greedy = new GreedySearch<>(model, LIMITS).decode(SOURCES);
            List<Hypothesis> sampled = sample(model, 1.0, 1, 1.0, seed);
            for (int s = 0; s < SOURCES.length; s++) {
                assertSameHypothesis(greedy.get(s), sampled.get(s));
            }
        }
    }

    @Test
    void temperatureTowardsZeroBehavesAsGreedy() {
        for (long seed = 1; seed <= 10; seed++) {
            // Sharp logits keep the best two tokens far apart compared with the temperature.
            ScriptedModel model = ScriptedModel.hashed(12, seed, 1.0);
            List<Hypothesis> greedy = new GreedySearch<>(model, LIMITS).decode(SOURCES);
            for (double t : new double[] {0.0, 1e-4}) {
                List<Hypothesis> sampled = sample(model, t, 0, 1.0, seed);
                for (int s = 0; s < SOURCES.length; s++) {
                    assertSameHypothesis(greedy.get(s), sampled.get(s));
                }
            }
        }
    }

    @Test
    void sameSeedGivesTheSameSamples() {
        ScriptedModel model = ScriptedModel.hashed(12, 5, 0.5);
        for (double topP : new double[] {1.0, 0.9}) {
            List<Hypothesis> a = sample(model, 1.0, 0, topP, 42);
            List<Hypothesis> b = sample(model, 1.0, 0, topP, 42);
            for (int s = 0; s < SOURCES.length; s++) {
                assertSameHypothesis(a.get(s), b.get(s));
            }
        }
        Set<String> outputs = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            outputs.add(Arrays.toString(sample(model, 1.0, 0, 1.0, seed).get(0).tokens()));
        }
        assertTrue(outputs.size() > 1, "different seeds give different samples");
    }

    /** First token: a .5, b .3, c .15, d .05; then the end. */
    private static ScriptedModel fourWay() {
        int v = 6;
        return new ScriptedModel(v, (source, prefix) -> prefix.length == 0
                ? ScriptedModel.row(v, Float.NEGATIVE_INFINITY, 2, 0.5, 3, 0.3, 4, 0.15, 5, 0.05)
                : ScriptedModel.row(v, Float.NEGATIVE_INFINITY, ScriptedModel.EOS, 1.0), null);
    }

    private static int[] firstTokenCounts(double temperature, int topK, double topP) {
        Sampler<ScriptedModel.Rows> sampler = new Sampler<>(fourWay(), new SamplingOptions(temperature, topK, topP, LIMITS));
        int[] counts = new int[6];
        int[][] sources = new int[500][];
        Arrays.fill(sources, new int[] {1});
        for (Hypothesis h : sampler.decode(sources, new Random(7))) {
            counts[h.tokens()[0]]++;
        }
        return counts;
    }

    @Test
    void topPRestrictsToTheNucleus() {
        // .5 < .7 <= .5 + .3: the nucleus is {a, b}.
        int[] counts = firstTokenCounts(1.0, 0, 0.7);
        assertEquals(0, counts[4] + counts[5], Arrays.toString(counts));
        assertTrue(counts[2] > 200 && counts[3] > 100, Arrays.toString(counts));
        // .5 + .3 + .15 = .95 >= .9: the nucleus is {a, b, c}.
        counts = firstTokenCounts(1.0, 0, 0.9);
        assertEquals(0, counts[5], Arrays.toString(counts));
        assertTrue(counts[4] > 20, Arrays.toString(counts));
    }

    @Test
    void topKRestrictsToTheKMostLikely() {
        int[] counts = firstTokenCounts(1.0, 2, 1.0);
        assertEquals(0, counts[4] + counts[5], Arrays.toString(counts));
        assertTrue(counts[2] > 200 && counts[3] > 100, Arrays.toString(counts));
    }

    @Test
    void fullDistributionReachesEveryToken() {
        int[] counts = firstTokenCounts(1.0, 0, 1.0);
        for (int t = 2; t < 6; t++) {
            assertNotEquals(0, counts[t], Arrays.toString(counts));
        }
        // With P(a) = .5 over 500 draws, 250 ± 5 standard deviations.
        assertTrue(Math.abs(counts[2] - 250) < 60, Arrays.toString(counts));
    }
}
