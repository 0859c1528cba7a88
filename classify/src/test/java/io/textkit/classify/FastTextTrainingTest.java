package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.classify.FastTextConfig.Loss;
import io.textkit.core.config.Configs;
import io.textkit.corpora.LabelledExample;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * fastText with either loss: it learns, its probabilities are a distribution, it is reproducible, and
 * its word rows start from pretrained vectors when given.
 */
class FastTextTrainingTest {
    private static final FastTextConfig SMALL = Configs.with(FastTextConfig.defaults(), Map.of("dim", 16,
            "learningRate", 0.5, "epochs", 100, "wordNgrams", 2, "buckets", 1000));

    @ParameterizedTest
    @EnumSource(Loss.class)
    void overfitsFiftyExamples(Loss loss) {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 3);
        FastTextClassifier model = new FastTextTrainer(Configs.with(SMALL, "loss", loss)).train(examples);
        assertEquals(1.0, Evaluation.of(model, examples).accuracy());
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void learnsFiftyLabelsOfSkewedFrequency(Loss loss) {
        List<LabelledExample> train = Fixtures.keywordExamples(3000, 50, 1);
        List<LabelledExample> test = Fixtures.keywordExamples(500, 50, 2);
        FastTextClassifier model = new FastTextTrainer(Configs.with(SMALL, Map.of("loss", loss, "epochs", 10,
                "wordNgrams", 1)))
                .train(train);
        assertEquals(50, model.labels().size());
        double accuracy = Evaluation.of(model, test).accuracy();
        assertTrue(accuracy > 0.9, "held-out accuracy " + accuracy + " over 50 labels (chance is under 0.25)");
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void sameSeedOneThreadGivesBitIdenticalModels(Loss loss) {
        List<LabelledExample> examples = Fixtures.keywordExamples(200, 10, 5);
        FastTextConfig config = Configs.with(SMALL, Map.of("loss", loss, "epochs", 10));
        FastTextClassifier first = new FastTextTrainer(config).train(examples);
        FastTextClassifier second = new FastTextTrainer(config).train(examples);
        assertArrayEquals(first.inputWeights(), second.inputWeights());
        assertArrayEquals(first.outputWeights(), second.outputWeights());
        FastTextClassifier other = new FastTextTrainer(Configs.with(config, "seed", 2)).train(examples);
        assertFalse(Arrays.equals(first.inputWeights(), other.inputWeights()));
    }

    @Test
    void everyPretrainedWordJoinsTheVocabularyWithItsVector() {
        List<LabelledExample> examples = Fixtures.randomExamples(20, 31);
        String without = examples.get(0).text().split(" ")[0];
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (int n = 0; n < 400; n++) {
            if (!("w" + n).equals(without)) {
                vectors.put("w" + n, pretrained("w" + n, SMALL.dim()));
            }
        }
        // One epoch at lr 1e-9 leaves the rows where they started.
        FastTextConfig config = Configs.with(SMALL, Map.of("epochs", 1, "learningRate", 1e-9, "endOfText", false));
        FastTextClassifier model = new FastTextTrainer(config).pretrained(vectors).train(examples);
        float[] input = model.inputWeights();
        int dim = config.dim();
        List<String> words = model.words();
        assertEquals(vectors.size() + 1, words.size(), "the words of the vectors (w300+ never in training) and " + without);
        for (int id = 0; id < words.size(); id++) {
            float[] row = Arrays.copyOfRange(input, id * dim, (id + 1) * dim);
            if (words.get(id).equals(without)) {
                for (float x : row) {
                    assertTrue(Math.abs(x) <= 1f / dim, without + " has no pretrained vector and starts U(±1/dim)");
                }
            } else {
                assertArrayEquals(vectors.get(words.get(id)), row, 1e-6f, words.get(id));
            }
        }
    }

    @Test
    void beyondTheUnseenLimitOnlyTrainingWordsJoinAndAllKeepTheirVectors() {
        List<LabelledExample> examples = Fixtures.randomExamples(20, 31);
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (int n = 399; n >= 0; n--) {
            vectors.put("w" + n, pretrained("w" + n, SMALL.dim()));
        }
        FastTextConfig config = Configs.with(SMALL, Map.of("epochs", 1, "learningRate", 1e-9, "endOfText", false));
        FastTextClassifier model = new FastTextTrainer(config).pretrained(vectors, 10).train(examples);
        Set<String> expected = new HashSet<>();
        examples.forEach(e -> expected.addAll(List.of(e.text().split(" "))));
        vectors.keySet().stream().limit(10).forEach(expected::add);
        List<String> words = model.words();
        assertEquals(expected, Set.copyOf(words), "the training words (w0-w299) and w390-w399");
        int dim = config.dim();
        float[] input = model.inputWeights();
        for (int id = 0; id < words.size(); id++) {
            assertArrayEquals(vectors.get(words.get(id)), Arrays.copyOfRange(input, id * dim, (id + 1) * dim), 1e-6f,
                    words.get(id) + ": a training word keeps its vector whatever its rank");
        }
    }

    @Test
    void aPretrainedVectorOfAnotherLengthIsRefusedByWord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FastTextTrainer(SMALL)
                .pretrained(Map.of("w7", new float[SMALL.dim() + 1])).train(Fixtures.randomExamples(5, 1)));
        assertTrue(e.getMessage().contains("'w7' has 17 dimensions, the config 16"), e.getMessage());
    }

    /** A vector whose entries are far outside fastText's U(±1/dim) start. */
    private static float[] pretrained(String word, int dim) {
        float[] v = new float[dim];
        for (int j = 0; j < dim; j++) {
            v[j] = (Math.floorMod(word.hashCode(), 7) + 1) * (j + 1) * 0.5f;
        }
        return v;
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void hogwildThreadsStillLearn(Loss loss) {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 3);
        FastTextClassifier model = new FastTextTrainer(Configs.with(SMALL, Map.of("loss", loss, "threads",
                2))).train(examples);
        assertTrue(Evaluation.of(model, examples).accuracy() >= 0.9);
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void probabilitiesSumToOneAndTopKFollowsThem(Loss loss) {
        List<LabelledExample> examples = Fixtures.keywordExamples(1000, 20, 3);
        FastTextClassifier model = new FastTextTrainer(Configs.with(SMALL, Map.of("loss", loss, "epochs",
                3))).train(examples);
        for (LabelledExample example : examples.subList(0, 20)) {
            String text = example.text();
            float[] p = model.probabilities(text);
            double sum = 0;
            int best = 0;
            for (int k = 0; k < p.length; k++) {
                sum += p[k];
                best = p[k] > p[best] ? k : best;
            }
            assertEquals(1.0, sum, 1e-5);
            List<Prediction> all = model.predict(text, 100, 0.0);
            assertEquals(model.labels().size(), all.size());
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i - 1).probability() >= all.get(i).probability());
            }
            assertEquals(model.labels().get(best), all.get(0).label());
            assertEquals(p[best], all.get(0).probability());
            assertEquals(model.predict(text), all.get(0).label());
            assertEquals(List.of(all.get(0)), model.predict(text, 1, 0.0));
            assertTrue(model.predict(text, 3, 1.01).isEmpty());
        }
    }
}
