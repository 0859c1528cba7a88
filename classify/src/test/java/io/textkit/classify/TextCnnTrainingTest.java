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

/** TextCNN-specific training behaviour (what every architecture does is in {@link NeuralArchitecturesTest}). */
class TextCnnTrainingTest {
    private static final TextCnnConfig SMALL = TextCnnConfig.defaults().withDim(16).withWidths(List.of(2, 3))
            .withMaps(16).withBatchSize(10).withEpochs(30);

    @Test
    void outputWeightsRespectTheMaxNorm() {
        double maxNorm = 0.5;
        TextCnnConfig config = SMALL.withEpochs(5).withMaxNorm(maxNorm);
        List<LabelledExample> examples = Fixtures.randomExamples(50, 13);
        NeuralClassifier model = new NeuralTrainer(config).train(examples);
        // The initial weights exceed the bound, so the constraint must have acted.
        double initial = largestClassNorm(new TextCnnModel(model.words().size(), model.labels().size(), config)
                .outputWeight());
        assertTrue(initial > maxNorm, "initial largest class weight norm " + initial);
        double trained = largestClassNorm(((TextCnnModel) model.network()).outputWeight());
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
}
