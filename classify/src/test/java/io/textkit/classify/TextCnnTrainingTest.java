package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
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
    private static final TextCnnConfig SMALL = Configs.with(TextCnnConfig.defaults(), Map.of("dim", 16, "widths",
            List.of(2, 3), "maps", 16, "batchSize", 10, "epochs", 30));

    @Test
    void outputWeightsRespectTheMaxNormScaledByTheKeepProbability() {
        // Kim's s bounds the weights as trained under dropout; the stored (test-time) ones are (1 − p)·s.
        double s = 0.08;
        double bound = (1 - SMALL.dropout()) * s;
        List<LabelledExample> examples = Fixtures.randomExamples(50, 13);
        NeuralClassifier free = new NeuralTrainer(Configs.with(SMALL, Map.of("epochs", 5, "maxNorm",
                0))).train(examples);
        double unconstrained = largestClassNorm(((TextCnnModel) free.network()).outputWeight());
        assertTrue(unconstrained > bound, "without the constraint the largest class weight norm is " + unconstrained);
        NeuralClassifier model = new NeuralTrainer(Configs.with(SMALL, Map.of("epochs", 5, "maxNorm",
                s))).train(examples);
        double trained = largestClassNorm(((TextCnnModel) model.network()).outputWeight());
        assertTrue(trained <= bound * (1 + 1e-6), "largest class weight norm " + trained);
    }

    @Test
    void startsAsKimsCode() {
        TextCnnModel model = new TextCnnModel(20, 3, SMALL);
        model.namedParameters().forEach((name, p) -> {
            float largest = 0;
            for (float v : p.data()) {
                largest = Math.max(largest, Math.abs(v));
            }
            float bound = name.startsWith("embedding") ? 0.25f : name.endsWith(".weight") && name.startsWith("conv")
                    ? 0.01f : 0f;
            assertTrue(largest <= bound, name + ": largest |value| " + largest + " above " + bound);
        });
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
