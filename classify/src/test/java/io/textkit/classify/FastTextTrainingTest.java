package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.corpora.LabelledExample;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FastTextTrainingTest {
    private static final FastTextConfig SMALL = FastTextConfig.defaults().withDim(16).withLr(0.5).withEpochs(100)
            .withWordNgrams(2).withBuckets(1000);

    @Test
    void overfitsFiftyExamples() {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 3);
        FastTextClassifier model = new FastTextTrainer(SMALL).train(examples);
        assertEquals(1.0, Evaluation.of(model, examples).accuracy());
    }

    @Test
    void sameSeedOneThreadGivesBitIdenticalModels() {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 5);
        FastTextClassifier first = new FastTextTrainer(SMALL.withEpochs(10)).train(examples);
        FastTextClassifier second = new FastTextTrainer(SMALL.withEpochs(10)).train(examples);
        assertArrayEquals(first.inputWeights(), second.inputWeights());
        assertArrayEquals(first.outputWeights(), second.outputWeights());
        FastTextClassifier other = new FastTextTrainer(SMALL.withEpochs(10).withSeed(2)).train(examples);
        assertFalse(Arrays.equals(first.inputWeights(), other.inputWeights()));
    }

    @Test
    void hogwildThreadsStillLearn() {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 3);
        FastTextClassifier model = new FastTextTrainer(SMALL.withThreads(2)).train(examples);
        assertTrue(Evaluation.of(model, examples).accuracy() >= 0.9);
    }

    @Test
    void topKIsSortedAndThresholded() {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 3);
        FastTextClassifier model = new FastTextTrainer(SMALL.withEpochs(5)).train(examples);
        String text = examples.get(0).text();
        float[] p = model.probabilities(text);
        double sum = 0;
        for (float v : p) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-5);
        List<Prediction> all = model.predict(text, 10, 0.0);
        assertEquals(model.labels().size(), all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).probability() >= all.get(i).probability());
        }
        assertEquals(model.predict(text), all.get(0).label());
        assertEquals(1, model.predict(text, 1, 0.0).size());
        assertTrue(model.predict(text, 3, 1.01).isEmpty());
    }
}
