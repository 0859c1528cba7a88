package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textkit.corpora.LabelledExample;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** With {@code pretrained}, TextRNN and RCNN start their word vectors from the given ones, and need them. */
class RecurrentPretrainedVectorsTest {
    private static final int DIM = 6;
    private static final List<LabelledExample> EXAMPLES = Fixtures.randomExamples(20, 31);

    static Stream<NeuralConfig> configs() {
        // One epoch at lr 1e-6: Adam moves a weight by about lr a step, so the vectors stay put.
        return Stream.of(
                TextRnnConfig.defaults().withDim(DIM).withHidden(4).withEpochs(1).withLr(1e-6).withPretrained(true),
                RcnnConfig.defaults().withDim(DIM).withContext(3).withHidden(4).withEpochs(1).withLr(1e-6)
                        .withPretrained(true));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void wordVectorsStartFromThePretrainedOnes(NeuralConfig config) {
        NeuralClassifier model = new NeuralTrainer(config).pretrained(RecurrentPretrainedVectorsTest::vector)
                .train(EXAMPLES);
        float[] table = model.network().state().get("embedding.weight").data;
        List<String> words = model.words();
        for (int id = 2; id < words.size(); id++) {
            float[] expected = vector(words.get(id));
            for (int j = 0; j < DIM; j++) {
                assertEquals(expected[j], table[id * DIM + j], 1e-4, words.get(id));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("configs")
    void needsPretrainedVectors(NeuralConfig config) {
        assertThrows(IllegalArgumentException.class, () -> new NeuralTrainer(config).train(EXAMPLES));
    }

    /** A vector for every word w&lt;n&gt;: (n, −n, n/2, …) / 300. */
    private static float[] vector(String word) {
        int n = Integer.parseInt(word.substring(1));
        float[] v = new float[DIM];
        for (int j = 0; j < DIM; j++) {
            v[j] = (j % 2 == 0 ? n : -n) / (300f * (1 + j / 2));
        }
        return v;
    }
}
