package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.io.ModelFileWriter;
import io.textkit.corpora.LabelledExample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fastText model file holds only the input rows training changed, and predicts exactly as the trained model. */
class FastTextSparseInputFileTest {
    private static final FastTextConfig BIGRAMS = Configs.with(FastTextConfig.defaults(),
            Map.of("dim", 8, "epochs", 3, "wordNgrams", 2, "buckets", 5_000));

    private static final List<LabelledExample> EXAMPLES = Fixtures.randomExamples(50, 11);

    @TempDir
    Path dir;

    /** A model trained on {@link #EXAMPLES} with word bigrams, saved to {@code file}. */
    private static FastTextClassifier trainedAndSaved(Path file) throws Exception {
        FastTextClassifier model = new FastTextTrainer(BIGRAMS).train(EXAMPLES);
        model.save(file);
        return model;
    }

    @Test
    void initialValuesAreSplittableRandomsStreamComputedByIndex() {
        for (long seed : new long[] {1, 42, -7}) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < 10_000; i++) {
                assertEquals((2 * random.nextFloat() - 1) / 100, InputRows.initialValue(seed, i, 100), "seed " + seed + " index " + i);
            }
        }
    }

    @Test
    void fileHoldsOnlyChangedRowsAndPredictsBitIdentically() throws Exception {
        Path file = dir.resolve("model.tkm");
        FastTextClassifier model = trainedAndSaved(file);

        ModelFile saved = ModelFileReader.read(file);
        assertFalse(saved.tensors().containsKey("input"));
        int stored = saved.tensor("inputValues").numRows;
        int rows = model.words().size() + 5_000;
        assertTrue(stored > model.words().size() && stored < rows / 4, stored + " of " + rows + " rows stored");
        assertTrue(Files.size(file) < (long) rows * 8 * Float.BYTES / 4, Files.size(file) + " bytes");

        FastTextClassifier loaded = (FastTextClassifier) TextClassifier.load(file);
        assertArrayEquals(model.inputWeights(), loaded.inputWeights());
        for (LabelledExample example : EXAMPLES) {
            assertArrayEquals(model.probabilities(example.text()), loaded.probabilities(example.text()));
        }
        // Unseen words and n-grams fall in buckets training never touched: regenerated, not zero.
        assertArrayEquals(model.probabilities("W1 unseen w2 never seen"), loaded.probabilities("W1 unseen w2 never seen"));

        Path again = dir.resolve("again.tkm");
        loaded.save(again);
        assertArrayEquals(saved.tensor("inputRows").data, ModelFileReader.read(again).tensor("inputRows").data);
        assertArrayEquals(saved.tensor("inputValues").data, ModelFileReader.read(again).tensor("inputValues").data);
    }

    @Test
    void pretrainedRowsOfUnseenWordsAreKept() throws Exception {
        float[] vector = {1, 2, 3, 4, 5, 6, 7, 8};
        FastTextClassifier model = new FastTextTrainer(BIGRAMS).pretrained(Map.of("zebra", vector))
                .train(EXAMPLES);
        Path file = dir.resolve("pretrained.tkm");
        model.save(file);
        FastTextClassifier loaded = (FastTextClassifier) TextClassifier.load(file);
        assertArrayEquals(model.inputWeights(), loaded.inputWeights());
        assertArrayEquals(model.probabilities("zebra w1"), loaded.probabilities("zebra w1"));
    }

    @Test
    void fileWithEveryInputRowStillLoads() throws Exception {
        Path file = dir.resolve("dense.tkm");
        FastTextClassifier model = trainedAndSaved(file);
        ModelFile sparse = ModelFileReader.read(file);
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("input", new FMatrixRMaj(model.words().size() + 5_000, 8, true, model.inputWeights()));
        tensors.put("output", sparse.tensor("output"));
        ModelFileWriter.write(file, ModelFile.of(sparse.kind(), sparse.config(), sparse.metadata(), tensors));

        FastTextClassifier loaded = (FastTextClassifier) TextClassifier.load(file);
        for (LabelledExample example : EXAMPLES) {
            assertArrayEquals(model.probabilities(example.text()), loaded.probabilities(example.text()));
        }
    }

    @Test
    void refusesRowNumbersOutOfOrderNamingThem() throws Exception {
        Path file = dir.resolve("bad.tkm");
        trainedAndSaved(file);
        ModelFile saved = ModelFileReader.read(file);
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>(saved.tensors());
        FMatrixRMaj rowsTensor = saved.tensor("inputRows").copy();
        rowsTensor.data[1] = rowsTensor.data[0];
        tensors.put("inputRows", rowsTensor);
        ModelFileWriter.write(file, ModelFile.of(saved.kind(), saved.config(), saved.metadata(), tensors));
        ModelFileException e = assertThrows(ModelFileException.class, () -> TextClassifier.load(file));
        assertTrue(e.getMessage().contains("inputRows"), e.getMessage());
    }
}
