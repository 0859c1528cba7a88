package io.textkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.textkit.classify.TextClassifier;
import io.textkit.core.io.ModelFileException;
import io.textkit.embed.VectorFiles;
import io.textkit.embed.WordVectors;
import io.textkit.embed.WordVectorsModelFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Fuzzes each model kind's loader behind the model file reader: the seeds are real model files
 * (fastText, TextCNN, TextRNN, RCNN, HAN, word2vec), and the checksums of every mutation are
 * repaired so that changed headers and weights reach {@link TextClassifier#load} and
 * {@link VectorFiles#read}. A file must load or be refused with a {@link ModelFileException} naming
 * it; a model that loads must answer (no shape left unchecked for prediction to trip over) and be
 * saved back to a model that answers the same.
 */
class ModelLoadFuzzTest {
    private static final String TEXT = "a good film . a bad plot";

    @FuzzTest(maxDuration = "10s")
    void loadClassifier(byte[] bytes) {
        Outcome.resultOrClear(() -> {
            Path file = Scratch.file("classifier.tkm", ModelBytes.withValidChecksums(bytes));
            TextClassifier classifier = TextClassifier.load(file);
            float[] p = classifier.probabilities(TEXT);
            assertEquals(classifier.labels().size(), p.length, "one probability per label");
            classifier.predict(TEXT, classifier.labels().size(), 0.0);
            Path copy = Scratch.file("classifier-copy.tkm", new byte[0]);
            classifier.save(copy);
            assertArrayEquals(p, TextClassifier.load(copy).probabilities(TEXT), "the saved copy answers alike");
        }, "classifier.tkm", ModelFileException.class);
    }

    @FuzzTest(maxDuration = "10s")
    void loadVectors(byte[] bytes) {
        // VectorFiles refuses a model of another kind with a plain IOException naming the file.
        Outcome.resultOrClear(() -> {
            Path file = Scratch.file("vectors.tkm", ModelBytes.withValidChecksums(bytes));
            WordVectors vectors = VectorFiles.read(file);
            if (vectors.size() > 0) {
                vectors.nearest(vectors.word(0), 1);
            }
            Path copy = Scratch.file("vectors-copy.tkm", new byte[0]);
            WordVectorsModelFile.write(copy, vectors);
            WordVectors back = WordVectorsModelFile.read(copy);
            assertEquals(vectors.words(), back.words());
            for (String word : vectors.words()) {
                assertArrayEquals(vectors.vector(word), back.vector(word));
            }
        }, "vectors.tkm", IOException.class);
    }
}
