package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Tensor;
import io.textkit.corpora.LabelledExample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TextCNN training on synthetic data: fitting, determinism, the max-norm constraint, the model file. */
class TextCnnTrainingTest {
    private static final TextCnnConfig SMALL = TextCnnConfig.defaults().withDim(16).withWidths(List.of(2, 3))
            .withMaps(16).withBatchSize(10).withEpochs(30);

    @Test
    void overfitsFiftyExamples() {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 11);
        TextCnnClassifier model = new TextCnnTrainer(SMALL).train(examples);
        Evaluation training = Evaluation.of(model, examples);
        assertEquals(1.0, training.accuracy(), training::toString);
    }

    @Test
    void sameSeedGivesABitIdenticalModel() {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 12);
        TextCnnConfig config = SMALL.withEpochs(3);
        Map<String, FMatrixRMaj> first = new TextCnnTrainer(config).train(examples).model().state();
        Map<String, FMatrixRMaj> second = new TextCnnTrainer(config).train(examples).model().state();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, m) -> assertArrayEquals(m.data, second.get(name).data, name));
    }

    @Test
    void outputWeightsRespectTheMaxNorm() {
        double maxNorm = 0.5;
        TextCnnConfig config = SMALL.withEpochs(5).withMaxNorm(maxNorm);
        List<LabelledExample> examples = Fixtures.randomExamples(50, 13);
        TextCnnClassifier model = new TextCnnTrainer(config).train(examples);
        // The initial weights exceed the bound, so the constraint must have acted.
        double initial = largestClassNorm(new TextCnnModel(model.words().size(), model.labels().size(), config)
                .outputWeight());
        assertTrue(initial > maxNorm, "initial largest class weight norm " + initial);
        double trained = largestClassNorm(model.model().outputWeight());
        assertTrue(trained <= maxNorm * (1 + 1e-6), "largest class weight norm " + trained);
    }

    private static double largestClassNorm(Tensor w) {
        double largest = 0;
        for (int c = 0; c < w.cols(); c++) {
            double squares = 0;
            for (int i = 0; i < w.rows(); i++) {
                squares += (double) w.get(i, c) * w.get(i, c);
            }
            largest = Math.max(largest, Math.sqrt(squares));
        }
        return largest;
    }

    @Test
    void savedModelLoadsWithIdenticalProbabilities(@TempDir Path dir) throws IOException {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 14);
        TextCnnClassifier model = new TextCnnTrainer(SMALL.withEpochs(3)).train(examples);
        Path file = dir.resolve("model.tkm");
        model.save(file);
        TextCnnClassifier loaded = assertInstanceOf(TextCnnClassifier.class, TextClassifier.load(file));
        assertEquals(model.config(), loaded.config());
        assertEquals(model.labels(), loaded.labels());
        assertEquals(model.words(), loaded.words());
        for (String text : List.of(examples.get(0).text(), "w1 unseen w2", "", "w7")) {
            assertArrayEquals(model.probabilities(text), loaded.probabilities(text), text);
        }
    }
}
