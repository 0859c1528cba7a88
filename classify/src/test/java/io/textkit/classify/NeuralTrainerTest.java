package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import io.textkit.corpora.LabelledExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Training options shared by the neural architectures: class weights, development sets, bad input. */
class NeuralTrainerTest {
    private static final TextCnnConfig SMALL = Configs.with(TextCnnConfig.defaults(), Map.of("dim", 16, "widths",
            List.of(2, 3), "maps", 16, "batchSize", 10, "epochs", 15));

    /** 90% "a", 10% "b", every text the same: only the (weighted) prior separates the classes. */
    private static List<LabelledExample> imbalanced(int n) {
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            examples.add(new LabelledExample("the same words", i % 10 == 0 ? "b" : "a"));
        }
        return examples;
    }

    /**
     * With nothing to tell the classes apart, cross-entropy is lowest at the weighted prior
     * P(b) = w_b·n_b / (w_a·n_a + w_b·n_b): 0.1 unweighted, 0.5 balanced, 18·30 / (270 + 18·30) = 2/3
     * with w_b = 18.
     */
    @Test
    void classWeightsMoveTheLearnedPriorToTheWeightedOne() {
        List<LabelledExample> train = imbalanced(300);
        TextCnnConfig config = Configs.with(SMALL, Map.of("epochs", 40, "dropout", 0));
        assertEquals(0.1, probabilityOfB(new NeuralTrainer(config).train(train)), 0.05);
        assertEquals(0.5, probabilityOfB(new NeuralTrainer(config).balancedClassWeights().train(train)), 0.05);
        assertEquals(2 / 3.0, probabilityOfB(new NeuralTrainer(config).classWeights(Map.of("b", 18.0)).train(train)),
                0.05);
    }

    private static double probabilityOfB(NeuralClassifier model) {
        return model.probabilities("the same words")[model.labels().indexOf("b")];
    }

    @Test
    void refusesAWeightForAnUnknownLabel() {
        NeuralTrainer trainer = new NeuralTrainer(SMALL).classWeights(Map.of("nope", 2.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer.train(imbalanced(20)));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NeuralTrainer(SMALL).classWeights(Map.of("a", -1.0)));
    }

    @Test
    void refusesNoExamples() {
        assertEquals("no training examples",
                assertThrows(IllegalArgumentException.class, () -> new NeuralTrainer(SMALL).train(List.of()))
                        .getMessage());
    }

    @Test
    void developmentSetWithAnUnseenLabelCountsItAsAnError() {
        List<LabelledExample> train = Fixtures.randomExamples(30, 3);
        List<LabelledExample> dev = List.of(new LabelledExample("w1 w2", "never-seen"));
        NeuralClassifier model = new NeuralTrainer(Configs.with(SMALL, "epochs", 2)).train(train, dev);
        assertEquals(0.0, Evaluation.of(model, dev).accuracy());
    }
}
