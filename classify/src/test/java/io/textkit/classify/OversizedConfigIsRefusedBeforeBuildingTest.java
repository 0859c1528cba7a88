package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing finding: a neural model file whose config says dim 20000000 (checksums intact) made the
 * loader build a network of that size before comparing it with the saved weights, and fail with
 * OutOfMemoryError. A size larger than the weights the file holds is now refused first.
 */
class OversizedConfigIsRefusedBeforeBuildingTest {
    @TempDir
    Path dir;

    @Test
    void aConfigSizeTheWeightsCannotBackIsRefusedNamingTheField() throws IOException {
        NeuralConfig small = Configs.with(TextCnnConfig.defaults(),
                Map.of("dim", 4, "maps", 2, "widths", List.of(2, 3), "epochs", 1, "minCount", 1));
        Path file = dir.resolve("textcnn.tkm");
        new NeuralTrainer(small).train(Fixtures.randomExamples(20, 3)).save(file);

        ModelFile saved = ModelFileReader.read(file);
        ObjectNode config = saved.config().put("dim", 20_000_000);
        Path damaged = dir.resolve("damaged.tkm");
        ModelFileWriter.write(damaged, new ModelFile(saved.kind(), saved.textkitVersion(), saved.createdAt(),
                config, saved.metadata(), saved.tensors()));

        ModelFileException e = assertThrows(ModelFileException.class, () -> TextClassifier.load(damaged));
        assertTrue(e.getMessage().contains("config's dim is 20000000, more than the"), e.getMessage());
    }
}
