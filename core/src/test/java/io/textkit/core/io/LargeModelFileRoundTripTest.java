package io.textkit.core.io;

import static io.textkit.core.io.ModelFileFixtures.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Random;
import java.util.SequencedMap;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedding-sized tensor and a 100k-word vocabulary round-trip well inside a generous bound;
 * a value-by-value or boxed path would blow it on a slow machine long before a bulk one does.
 */
class LargeModelFileRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aLargeTensorAndVocabularyRoundTripQuickly() throws IOException {
        FMatrixRMaj embeddings = new FMatrixRMaj(2000, 300);
        Random random = new Random(1);
        for (int i = 0; i < embeddings.data.length; i++) {
            embeddings.data[i] = (float) random.nextGaussian();
        }
        ObjectNode metadata = object();
        ArrayNode vocabulary = metadata.putArray("vocabulary");
        for (int i = 0; i < 100_000; i++) {
            vocabulary.add("word" + i);
        }
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("embeddings", embeddings);
        ModelFile model = ModelFile.of("word2vec", object(), metadata, tensors);
        Path file = dir.resolve("vectors.tkm");

        ModelFile loaded = assertTimeout(Duration.ofSeconds(5), () -> {
            ModelFileWriter.write(file, model);
            return ModelFileReader.read(file, "word2vec");
        });

        assertArrayEquals(embeddings.data, loaded.tensor("embeddings").data);
        assertEquals(100_000, loaded.metadata().get("vocabulary").size());
        assertEquals("word99999", loaded.metadata().get("vocabulary").get(99_999).textValue());
        assertEquals(0, Files.size(file) % 4);
    }
}
