package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.tokenize.Vocabulary;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sampling from the language model with a fixed seed gives the same text every time, with any
 * temperature, top-k and top-p; other seeds give other texts; and a model trained on one sentence
 * continues a prompt of it with the rest of it.
 */
class SamplingIsReproducibleTest {
    private final Vocabulary vocabulary = Fixtures.vocabulary("a", "b", "c", "d", "e", "f", "g", "h");
    private final LanguageModel model = new LanguageModel(Fixtures.config("dim", 8, "hidden", 8, "seed", 2), vocabulary);

    @Test
    void sameSeedGivesSameSample() {
        int[] prompt = TokenStream.encodeWords("a b", vocabulary);
        for (double[] setting : new double[][] {{1.0, 0, 1.0}, {0.7, 3, 1.0}, {1.3, 0, 0.8}}) {
            int[] first = TestSampler.sample(model, prompt, setting[0], (int) setting[1], setting[2], 30, new Random(5));
            int[] again = TestSampler.sample(model, prompt, setting[0], (int) setting[1], setting[2], 30, new Random(5));
            assertArrayEquals(first, again, Arrays.toString(setting));
        }
    }

    @Test
    void otherSeedsGiveOtherSamples() {
        int[] first = TestSampler.sample(model, new int[0], 1.5, 0, 1.0, 30, new Random(1));
        boolean differs = false;
        for (int seed = 2; seed < 6 && !differs; seed++) {
            differs = !Arrays.equals(first, TestSampler.sample(model, new int[0], 1.5, 0, 1.0, 30, new Random(seed)));
        }
        assertTrue(differs, "an untrained model sampled at temperature 1.5 gave " + Arrays.toString(first)
                + " for five seeds");
    }

    @Test
    void trainedModelContinuesItsSentence() {
        int[] train = TokenStream.encode(Fixtures.repeat("a b c d e f g h", 40), vocabulary);
        LanguageModel trained = new LanguageModel(Fixtures.config("dim", 8, "hidden", 16, "bptt", 9, "batchSize", 4,
                "dropout", 0.0, "learningRate", 0.03, "epochs", 12, "patience", 12), vocabulary);
        new LanguageModelTrainer(null, null).train(trained, train, train);
        int[] rest = TestSampler.sample(trained, TokenStream.encodeWords("a b c", vocabulary), 0.5, 2, 0.9, 20,
                new Random(3));
        assertArrayEquals(TokenStream.encodeWords("d e f g h", vocabulary), rest);
        assertFalse(rest.length == 0);
    }
}
