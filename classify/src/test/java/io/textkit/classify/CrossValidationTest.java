package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.corpora.LabelledExample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    @Test
    void foldsAreBalancedSeededAndCoverEveryExample() {
        int[] folds = CrossValidation.folds(103, 10, 7);
        int[] sizes = new int[10];
        for (int f : folds) {
            sizes[f]++;
        }
        for (int size : sizes) {
            assertTrue(size == 10 || size == 11, "fold size " + size);
        }
        assertArrayEquals(folds, CrossValidation.folds(103, 10, 7));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(5, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(5, 1, 1));
    }

    @Test
    void eachExampleIsTestedOnceAndNeverTrainedOnInItsOwnFold() {
        List<LabelledExample> examples = Fixtures.randomExamples(40, 5);
        int[] folds = CrossValidation.folds(examples.size(), 4, 1);
        List<Set<String>> trainedOn = new ArrayList<>();
        List<Integer> devSizes = new ArrayList<>();
        CrossValidation.Result result = CrossValidation.run(examples, folds, 0.1, 3, (train, dev) -> {
            Set<String> seen = new HashSet<>();
            train.forEach(e -> seen.add(e.text()));
            dev.forEach(e -> seen.add(e.text()));
            trainedOn.add(seen);
            devSizes.add(dev.size());
            return new Memorizer(train);
        });
        assertEquals(4, result.folds().size());
        assertEquals(List.of(3, 3, 3, 3), devSizes, "10% of the 30 training examples of each fold");
        long tested = result.folds().stream().mapToLong(f -> f.test().total()).sum();
        assertEquals(examples.size(), tested);
        for (int i = 0; i < examples.size(); i++) {
            assertTrue(!trainedOn.get(folds[i]).contains(examples.get(i).text()) || duplicated(examples, i));
        }
        assertTrue(result.meanAccuracy() >= 0 && result.stdAccuracy() >= 0);
    }

    private static boolean duplicated(List<LabelledExample> examples, int i) {
        return examples.stream().filter(e -> e.text().equals(examples.get(i).text())).count() > 1;
    }

    @Test
    void meanAndStandardDeviationOfTheFoldAccuracies() {
        // Labels alternate a, b; a classifier that always answers "a" scores 1 on a fold of a's, 0 on b's.
        List<LabelledExample> examples = List.of(new LabelledExample("x", "a"), new LabelledExample("y", "b"),
                new LabelledExample("z", "a"), new LabelledExample("w", "b"));
        CrossValidation.Result result = CrossValidation.run(examples, new int[] {0, 1, 0, 1}, 0, 1,
                (train, dev) -> new Memorizer(List.of(new LabelledExample("q", "a"), new LabelledExample("r", "b"))));
        assertEquals(0.5, result.meanAccuracy(), 1e-12);
        assertEquals(Math.sqrt(0.5), result.stdAccuracy(), 1e-12);
    }

    /** Answers the label of a text it was trained on, else its first label. */
    private record Memorizer(List<LabelledExample> train) implements TextClassifier {
        @Override
        public float[] probabilities(String text) {
            List<String> labels = labels();
            float[] p = new float[labels.size()];
            String label = train.stream().filter(e -> e.text().equals(text)).map(LabelledExample::label).findFirst()
                    .orElse(labels.get(0));
            p[labels.indexOf(label)] = 1;
            return p;
        }

        @Override
        public List<String> labels() {
            return train.stream().map(LabelledExample::label).distinct().sorted().toList();
        }

        @Override
        public void save(Path file) {
            throw new UnsupportedOperationException();
        }
    }
}
