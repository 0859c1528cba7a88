package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.corpora.LabelledExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void loadedModelGivesBitIdenticalProbabilities() throws Exception {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 11);
        FastTextClassifier model = new FastTextTrainer(Configs.with(FastTextConfig.defaults(), Map.of("dim", 8,
                "epochs", 3, "wordNgrams", 2, "buckets", 500))).train(examples);
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
    void hierarchicalSoftmaxModelLoadsWithItsLossAndTheSameProbabilities() throws Exception {
        List<LabelledExample> examples = Fixtures.keywordExamples(300, 12, 11);
        FastTextClassifier model = new FastTextTrainer(Configs.with(FastTextConfig.defaults(), Map.of("loss",
                FastTextConfig.Loss.HS, "dim", 8, "epochs", 3, "wordNgrams", 2, "buckets", 500))).train(examples);
        Path file = dir.resolve("hs.tk");
        model.save(file);
        FastTextClassifier loaded = (FastTextClassifier) TextClassifier.load(file);
        assertEquals(FastTextConfig.Loss.HS, loaded.config().loss());
        assertEquals(model.config(), loaded.config());
        for (LabelledExample example : examples) {
            assertArrayEquals(model.probabilities(example.text()), loaded.probabilities(example.text()));
        }
    }

    @Test
    void fileWithoutALossLoadsAsSoftmax() throws Exception {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 11);
        FastTextClassifier model = new FastTextTrainer(Configs.with(FastTextConfig.defaults(), Map.of("dim", 8,
                "epochs", 3)))
                .train(examples);
        Path file = dir.resolve("model.tk");
        model.save(file);
        editConfig(file, c -> c.remove("loss"));
        FastTextClassifier loaded = (FastTextClassifier) TextClassifier.load(file);
        assertEquals(FastTextConfig.Loss.SOFTMAX, loaded.config().loss());
        assertArrayEquals(model.probabilities(examples.get(0).text()), loaded.probabilities(examples.get(0).text()));
    }

    @Test
    void fileWithoutEndOfTextLoadsWithoutTheToken() throws Exception {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 11);
        FastTextClassifier model = new FastTextTrainer(Configs.with(FastTextConfig.defaults(), Map.of("dim", 8,
                "epochs", 3, "wordNgrams", 2, "buckets", 500, "endOfText", false))).train(examples);
        FastTextClassifier loaded = (FastTextClassifier) reloadWithout(model, "endOfText");
        assertEquals(model.config(), loaded.config());
        assertSameProbabilities(model, loaded, examples);
    }

    @Test
    void textCnnFileWithoutPadBeforeLoadsPaddingAfterOnly() throws Exception {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 11);
        NeuralClassifier model = new NeuralTrainer(Configs.with(TextCnnConfig.defaults(), Map.of("dim", 8, "maps", 4,
                "epochs", 2, "padBefore", false))).train(examples);
        NeuralClassifier loaded = (NeuralClassifier) reloadWithout(model, "padBefore");
        assertEquals(model.config(), loaded.config());
        assertSameProbabilities(model, loaded, examples);
    }

    @Test
    void fileWithTheOldNameLrLoadsItAsTheLearningRate() throws Exception {
        List<LabelledExample> examples = Fixtures.randomExamples(50, 11);
        FastTextClassifier model = new FastTextTrainer(Configs.with(FastTextConfig.defaults(),
                Map.of("dim", 8, "epochs", 3, "learningRate", 0.3))).train(examples);
        Path file = dir.resolve("model.tk");
        model.save(file);
        editConfig(file, c -> c.set("lr", c.remove("learningRate")));
        assertEquals(model.config(), ((FastTextClassifier) TextClassifier.load(file)).config());
    }

    @Test
    void refusesAnUnknownLossNamingIt() throws Exception {
        Path file = dir.resolve("model.tk");
        new FastTextTrainer(Configs.with(FastTextConfig.defaults(), Map.of("dim", 4, "epochs", 1)))
                .train(Fixtures.randomExamples(10, 1)).save(file);
        editConfig(file, c -> c.put("loss", "ns"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> TextClassifier.load(file));
        assertTrue(e.getMessage().contains("unknown loss 'ns'; known losses: softmax, hs"), e.getMessage());
    }

    @Test
    void refusesDamagedFileNamingTheProblem() throws Exception {
        Path file = dir.resolve("model.tk");
        new FastTextTrainer(Configs.with(FastTextConfig.defaults(), Map.of("dim", 4, "epochs", 1)))
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

    /** Rewrites {@code file} with its config edited by {@code edit}, as an older or foreign writer would. */
    /** Saves {@code model}, removes {@code field} from the file's config, as files written before it existed, and loads it. */
    private TextClassifier reloadWithout(TextClassifier model, String field) throws IOException {
        Path file = dir.resolve("model.tk");
        model.save(file);
        editConfig(file, c -> c.remove(field));
        return TextClassifier.load(file);
    }

    private static void assertSameProbabilities(TextClassifier expected, TextClassifier actual,
            List<LabelledExample> examples) {
        for (LabelledExample example : examples) {
            assertArrayEquals(expected.probabilities(example.text()), actual.probabilities(example.text()));
        }
    }

    private static void editConfig(Path file, Consumer<ObjectNode> edit) throws IOException {
        ModelFile saved = ModelFileReader.read(file);
        ObjectNode config = saved.config().deepCopy();
        edit.accept(config);
        ModelFileWriter.write(file, ModelFile.of(saved.kind(), config, saved.metadata(), saved.tensors()));
    }
}
