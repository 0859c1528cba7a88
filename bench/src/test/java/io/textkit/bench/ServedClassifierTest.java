package io.textkit.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.classify.TextClassifier;
import io.textkit.core.io.ModelFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind's recipe trains on a {@code label text} file and saves a model that loads back as a
 * classifier of that kind, predicting as the trained one did: what the serving benchmarks rely on.
 */
class ServedClassifierTest {
    @TempDir
    Path dir;

    private Path data() throws IOException {
        List<String> lines = new ArrayList<>();
        // Sorted by label, as Kim's files are.
        for (int i = 0; i < 60; i++) {
            lines.add(i < 30 ? "0 a dull , tedious and empty film number " + i
                    : "1 a warm , funny and moving film number " + i);
        }
        return Files.write(dir.resolve("sentences.txt"), lines);
    }

    @Test
    void everyKindTrainsSavesAndLoadsBackTheSameModel() throws IOException {
        Path data = data();
        for (ServedClassifier kind : ServedClassifier.values()) {
            TextClassifier trained = kind.train(ServedClassifier.examples(data));
            Path file = kind.trainAndSave(data, dir);
            assertEquals(kind.name().toLowerCase(Locale.ROOT), ModelFileReader.kind(file));
            TextClassifier loaded = TextClassifier.load(file);
            assertEquals(Set.of("0", "1"), Set.copyOf(loaded.labels()), kind.name());
            String sentence = ClassifierLatencyBenchmark.SENTENCE;
            assertArrayEquals(trained.probabilities(sentence), loaded.probabilities(sentence), kind.name());
        }
    }

    @Test
    void missingDataIsNamed() {
        Path missing = dir.resolve("absent.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServedClassifier.examples(missing));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
    }
}
