package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.corpora.LabelledExample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void loadedModelGivesBitIdenticalProbabilities() throws Exception {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 11);
        FastTextClassifier model = new FastTextTrainer(FastTextConfig.defaults().withDim(8).withEpochs(3)
                .withWordNgrams(2).withBuckets(500)).train(examples);
        Path file = dir.resolve("model.tk");
        model.save(file);
        TextClassifier loaded = TextClassifier.load(file);
        assertEquals(model.labels(), loaded.labels());
        assertEquals(model.config(), ((FastTextClassifier) loaded).config());
        for (LabelledExample example : examples) {
            assertArrayEquals(model.probabilities(example.text()), loaded.probabilities(example.text()));
        }
        assertArrayEquals(model.probabilities("W1 unseen w2"), loaded.probabilities("W1 unseen w2"));
    }

    @Test
    void refusesDamagedFileNamingTheProblem() throws Exception {
        Path file = dir.resolve("model.tk");
        new FastTextTrainer(FastTextConfig.defaults().withDim(4).withEpochs(1))
                .train(Fixtures.randomExamples(10, 1)).save(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 10] ^= 0x40;
        Files.write(file, bytes);
        ModelFileException e = assertThrows(ModelFileException.class, () -> TextClassifier.load(file));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void refusesForeignFile() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "this is not a model\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> TextClassifier.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void refusesAnotherKindOfModel() throws Exception {
        Path file = dir.resolve("mlp.tk");
        LinkedHashMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("w", new FMatrixRMaj(2, 2));
        ModelFileWriter.write(file, ModelFile.of("mlp", JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), tensors));
        ModelFileException e = assertThrows(ModelFileException.class, () -> TextClassifier.load(file));
        assertTrue(e.getMessage().contains("'mlp' model, which is not a text classifier"), e.getMessage());
    }
}
