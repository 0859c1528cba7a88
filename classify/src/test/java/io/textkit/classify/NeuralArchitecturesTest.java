package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.textkit.core.config.Configs;
import io.textkit.corpora.LabelledExample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every neural architecture must do, each at a small size on synthetic data: fit 50 examples
 * to 100%, give a bit-identical model for the same seed (one thread), load back from its model file
 * with identical probabilities, and classify a batch exactly as it classifies one text at a time
 * (padding and masks change nothing).
 */
class NeuralArchitecturesTest {

    static Stream<NeuralConfig> small() {
        TextRnnConfig rnn = Configs.with(TextRnnConfig.defaults(), Map.of("dim", 16, "hidden", 12, "batchSize", 10,
                "epochs", 30, "learningRate", 0.01));
        RcnnConfig rcnn = Configs.with(RcnnConfig.defaults(), Map.of("dim", 16, "context", 8, "hidden", 16,
                "batchSize", 10, "epochs", 30, "learningRate", 0.01));
        return Stream.of(
                Configs.with(TextCnnConfig.defaults(), Map.of("dim", 16, "widths", List.of(2, 3), "maps", 16,
                        "batchSize", 10, "epochs", 50)),
                rnn,
                Configs.with(rnn, Map.of("cell", RnnCell.GRU, "pooling", TextRnnConfig.Pooling.LAST)),
                Configs.with(rnn, Map.of("pooling", TextRnnConfig.Pooling.MEAN, "embeddingDropout", 0.2)),
                Configs.with(rnn, Map.of("cell", RnnCell.GRU, "bidirectional", false, "layers", 2, "pooling",
                        TextRnnConfig.Pooling.LAST)),
                rcnn,
                Configs.with(rcnn, "cell", RnnCell.GRU),
                Configs.with(HanConfig.defaults(), Map.of("dim", 16, "wordHidden", 8, "wordAttention", 8,
                        "sentenceHidden", 8, "sentenceAttention", 8, "batchSize", 10, "learningRate", 0.01, "epochs",
                        30)));
    }

    @ParameterizedTest
    @MethodSource("small")
    void overfitsFiftyExamples(NeuralConfig config) {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 11);
        NeuralClassifier model = new NeuralTrainer(config).train(examples);
        Evaluation training = Evaluation.of(model, examples);
        assertEquals(1.0, training.accuracy(), training::toString);
    }

    @ParameterizedTest
    @MethodSource("small")
    void sameSeedGivesABitIdenticalModel(NeuralConfig config) {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 12).subList(0, 30);
        Map<String, FMatrixRMaj> first = new NeuralTrainer(config).train(examples).network().state();
        Map<String, FMatrixRMaj> second = new NeuralTrainer(config).train(examples).network().state();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, m) -> assertArrayEquals(m.data, second.get(name).data, name));
    }

    @ParameterizedTest
    @MethodSource("small")
    void savedModelLoadsWithIdenticalProbabilities(NeuralConfig config, @TempDir Path dir) throws IOException {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 14).subList(0, 30);
        NeuralClassifier model = new NeuralTrainer(config).train(examples);
        Path file = dir.resolve("model.tkm");
        model.save(file);
        NeuralClassifier loaded = assertInstanceOf(NeuralClassifier.class, TextClassifier.load(file));
        assertEquals(model.config(), loaded.config());
        assertEquals(model.labels(), loaded.labels());
        assertEquals(model.words(), loaded.words());
        for (String text : List.of(examples.get(0).text(), "w1 unseen w2", "", "w7")) {
            assertArrayEquals(model.probabilities(text), loaded.probabilities(text), text);
        }
    }

    @ParameterizedTest
    @MethodSource("small")
    void classifiesABatchAsItClassifiesOneTextAtATime(NeuralConfig config) {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 15);
        NeuralClassifier model = new NeuralTrainer(config).train(examples.subList(0, 20));
        List<String> texts = new ArrayList<>(examples.stream().map(LabelledExample::text).toList());
        texts.add("");
        texts.add("w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3 w3");
        List<float[]> batched = model.probabilitiesAll(texts);
        List<List<Prediction>> best = model.predictAll(texts, 2, 0.0);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = model.probabilities(texts.get(i));
            assertArrayEquals(alone, batched.get(i), 1e-6f, texts.get(i));
            assertEquals(1.0, sum(alone), 1e-5, texts.get(i));
            assertEquals(model.predict(texts.get(i), 2, 0.0).stream().map(Prediction::label).toList(),
                    best.get(i).stream().map(Prediction::label).toList(), texts.get(i));
        }
    }

    private static double sum(float[] p) {
        double s = 0;
        for (float v : p) {
            s += v;
        }
        return s;
    }
}
