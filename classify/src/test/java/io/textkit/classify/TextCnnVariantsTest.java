package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.classify.TextCnnConfig.Channels;
import io.textkit.core.config.Configs;
import io.textkit.corpora.LabelledExample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kim's pretrained-vector variants: which word vectors stay fixed and which are fine-tuned. */
class TextCnnVariantsTest {
    private static final int DIM = 8;
    private static final TextCnnConfig SMALL = Configs.with(TextCnnConfig.defaults(), Map.of("dim", DIM, "widths",
            List.of(2, 3), "maps", 8, "batchSize", 10, "epochs", 3));
    private static final List<LabelledExample> EXAMPLES = Fixtures.randomExamples(50, 21);

    /** Vectors for the even-numbered words w0, w2, …; the odd ones have none. */
    private static final Map<String, float[]> VECTORS = new HashMap<>();

    static {
        Random random = new Random(5);
        for (int w = 0; w < 300; w += 2) {
            float[] v = new float[DIM];
            for (int j = 0; j < DIM; j++) {
                v[j] = (float) random.nextGaussian() * 0.3f;
            }
            VECTORS.put("w" + w, v);
        }
    }

    @Test
    void staticKeepsThePretrainedVectors() {
        NeuralClassifier model = train(Channels.STATIC);
        assertEquals(0, changedVectors(model, "embedding.weight"));
    }

    @Test
    void aWordOnlyPredictionMeetsKeepsItsPretrainedVector() {
        NeuralClassifier model = train(Channels.NON_STATIC);
        List<String> words = model.words();
        float[] table = model.network().state().get("embedding.weight").data;
        int unseen = 0;
        for (String word : VECTORS.keySet()) {
            if (EXAMPLES.stream().noneMatch(e -> List.of(e.text().split(" ")).contains(word))) {
                int id = words.indexOf(word);
                assertTrue(id >= 0, word + " has a pretrained vector but is not in the vocabulary");
                assertArrayEquals(Fixtures.atRandomVectorLength(VECTORS.get(word)),
                        Arrays.copyOfRange(table, id * DIM, (id + 1) * DIM), 1e-6f, word);
                unseen++;
            }
        }
        assertTrue(unseen > 10, "the fixture has words with vectors that training does not see");
    }

    @Test
    void eachVectorStartsAtTheLengthOfARandomOne() {
        Map<String, float[]> vectors = Map.of("w1", new float[] {3, 4, 0, 0, 0, 0, 0, 0});
        NeuralClassifier model = new NeuralTrainer(Configs.with(SMALL, "channels", Channels.STATIC)).pretrained(vectors)
                .train(EXAMPLES);
        int id = model.words().indexOf("w1");
        float[] table = model.network().state().get("embedding.weight").data;
        // ‖(3, 4, 0, …)‖ = 5 becomes 0.25·√(8/3) = 0.4082483: (0.2449490, 0.3265986, 0, …)
        assertArrayEquals(new float[] {0.2449490f, 0.3265986f, 0, 0, 0, 0, 0, 0},
                Arrays.copyOfRange(table, id * DIM, (id + 1) * DIM), 1e-6f);
    }

    @Test
    void keepVectorLengthsStartsFromTheVectorsAsGiven() {
        NeuralClassifier model = new NeuralTrainer(Configs.with(SMALL, "channels", Channels.STATIC)).pretrained(VECTORS)
                .keepVectorLengths().train(EXAMPLES);
        float[] table = model.network().state().get("embedding.weight").data;
        for (String word : VECTORS.keySet()) {
            int id = model.words().indexOf(word);
            assertArrayEquals(VECTORS.get(word), Arrays.copyOfRange(table, id * DIM, (id + 1) * DIM), word);
        }
    }

    @Test
    void randRefusesPretrainedVectorsItWouldIgnore() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NeuralTrainer(SMALL).pretrained(VECTORS).train(EXAMPLES));
        assertTrue(e.getMessage().contains("set channels to static, non-static or multichannel"), e.getMessage());
    }

    @Test
    void nonStaticFineTunesThem() {
        NeuralClassifier model = train(Channels.NON_STATIC);
        assertTrue(changedVectors(model, "embedding.weight") > 0);
    }

    @Test
    void multichannelFineTunesOnlyItsSecondChannel(@TempDir Path dir) throws IOException {
        NeuralClassifier model = train(Channels.MULTICHANNEL);
        assertEquals(0, changedVectors(model, "embedding.weight"));
        assertTrue(changedVectors(model, "tuned.weight") > 0);
        Path file = dir.resolve("multichannel.tkm");
        model.save(file);
        TextClassifier loaded = assertInstanceOf(NeuralClassifier.class, TextClassifier.load(file));
        for (LabelledExample example : EXAMPLES.subList(0, 5)) {
            assertArrayEquals(model.probabilities(example.text()), loaded.probabilities(example.text()));
        }
    }

    @Test
    void pretrainedVariantsNeedVectors() {
        assertThrows(IllegalArgumentException.class,
                () -> new NeuralTrainer(Configs.with(SMALL, "channels", Channels.STATIC)).train(EXAMPLES));
    }

    private static NeuralClassifier train(Channels channels) {
        return new NeuralTrainer(Configs.with(SMALL, "channels", channels)).pretrained(VECTORS).train(EXAMPLES);
    }

    /**
     * How many vocabulary words with a pretrained vector have in {@code tensor} another vector than the
     * one they started from (by more than float rounding).
     */
    private static int changedVectors(NeuralClassifier model, String tensor) {
        float[] table = model.network().state().get(tensor).data;
        int changed = 0;
        for (int id = 0; id < model.words().size(); id++) {
            float[] pretrained = VECTORS.get(model.words().get(id));
            if (pretrained == null) {
                continue;
            }
            float[] start = Fixtures.atRandomVectorLength(pretrained);
            for (int j = 0; j < DIM; j++) {
                if (Math.abs(start[j] - table[id * DIM + j]) > 1e-6f) {
                    changed++;
                    break;
                }
            }
        }
        return changed;
    }
}
