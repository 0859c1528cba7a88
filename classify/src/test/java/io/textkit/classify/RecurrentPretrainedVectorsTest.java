package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textkit.core.config.Configs;
import io.textkit.corpora.LabelledExample;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With {@code pretrained}, TextRNN, RCNN and HAN start their word vectors from the given ones (each rescaled
 * to the length of a random one), and need them.
 */
class RecurrentPretrainedVectorsTest {
    private static final int DIM = 6;
    private static final List<LabelledExample> EXAMPLES = Fixtures.randomExamples(20, 31);

    static Stream<NeuralConfig> configs() {
        // One epoch at lr 1e-6: Adam moves a weight by about lr a step, so the vectors stay put.
        return Stream.of(
                Configs.with(TextRnnConfig.defaults(), Map.of("dim", DIM, "hidden", 4, "epochs", 1, "learningRate",
                        1e-6, "pretrained", true)),
                Configs.with(RcnnConfig.defaults(), Map.of("dim", DIM, "context", 3, "hidden", 4, "epochs", 1,
                        "learningRate", 1e-6, "pretrained", true)),
                Configs.with(HanConfig.defaults(), Map.of("dim", DIM, "wordHidden", 3, "wordAttention", 4,
                        "sentenceHidden", 3, "sentenceAttention", 4, "epochs", 1, "learningRate", 1e-6, "pretrained",
                        true)));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void wordVectorsStartFromThePretrainedOnes(NeuralConfig config) {
        NeuralClassifier model = new NeuralTrainer(config).pretrained(VECTORS)
                .train(EXAMPLES);
        float[] table = model.network().state().get("embedding.weight").data;
        List<String> words = model.words();
        assertEquals(2 + VECTORS.size(), words.size(), "every pretrained word joins the vocabulary");
        for (int id = 2; id < words.size(); id++) {
            float[] expected = Fixtures.atRandomVectorLength(VECTORS.get(words.get(id)));
            for (int j = 0; j < DIM; j++) {
                assertEquals(expected[j], table[id * DIM + j], 1e-4, words.get(id));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("configs")
    void withUnseenLimitZeroOnlyTrainingWordsJoin(NeuralConfig config) {
        NeuralClassifier model = new NeuralTrainer(config).pretrained(VECTORS, 0).train(EXAMPLES);
        long seen = EXAMPLES.stream().flatMap(e -> Stream.of(e.text().split(" "))).distinct().count();
        assertEquals(2 + seen, model.words().size());
    }

    @ParameterizedTest
    @MethodSource("configs")
    void needsPretrainedVectors(NeuralConfig config) {
        assertThrows(IllegalArgumentException.class, () -> new NeuralTrainer(config).train(EXAMPLES));
    }

    /** A vector for every word w0 … w299 of the fixtures: (n, −n, n/2, …) / 300 for w&lt;n&gt;. */
    private static final Map<String, float[]> VECTORS = new LinkedHashMap<>();

    static {
        for (int n = 0; n < 300; n++) {
            float[] v = new float[DIM];
            for (int j = 0; j < DIM; j++) {
                v[j] = (j % 2 == 0 ? n : -n) / (300f * (1 + j / 2));
            }
            VECTORS.put("w" + n, v);
        }
    }
}
