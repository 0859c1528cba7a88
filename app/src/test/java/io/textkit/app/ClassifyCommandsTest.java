package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.classify.FastTextClassifier;
import io.textkit.classify.FastTextConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textkit classify train|predict|eval} end to end on a tiny synthetic sentiment set. */
class ClassifyCommandsTest {
    @TempDir
    static Path dir;
    static Path model;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeAll
    static void trainModel() throws IOException {
        model = TinyClassifier.train(dir);
    }

    @Test
    void predictPrintsTheLabelAndItsProbability() {
        assertEquals(0, run("classify", "predict", "--model", model.toString(), "great superb", "awful poor"), err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length, out.toString());
        assertTrue(lines[0].matches("pos\t0\\.\\d{4}"), lines[0]);
        assertTrue(lines[1].matches("neg\t0\\.\\d{4}"), lines[1]);
    }

    @Test
    void predictWithKGivesEveryLabelOnOneLine() {
        assertEquals(0, run("classify", "predict", "--model", model.toString(), "-k", "2", "happy"), err.toString());
        String[] fields = out.toString().strip().split("\t");
        assertEquals(4, fields.length, out.toString());
        assertEquals("pos", fields[0]);
        assertEquals("neg", fields[2]);
        assertEquals(1.0, Double.parseDouble(fields[1]) + Double.parseDouble(fields[3]), 1e-3);
    }

    @Test
    void predictRefusesKBelowOne() {
        assertEquals(2, run("classify", "predict", "--model", model.toString(), "-k", "0", "happy"));
        assertTrue(err.toString().contains("-k must be ≥ 1"), err.toString());
    }

    @Test
    void predictRefusesInvalidUtf8OnStandardInputNamingTheLine() throws IOException {
        byte[] input = {'g', 'o', 'o', 'd', '\n', 'b', 'a', 'd', (byte) 0xff, '\n'};
        ClassifyPredictCommand command = ClassifyPredictCommand.parseCommonForm("classify", "predict", "--model",
                model.toString()).orElseThrow();
        IOException e = assertThrows(IOException.class,
                () -> command.predict(new ByteArrayInputStream(input), new PrintWriter(out, true)));
        assertTrue(e.getMessage().startsWith("standard input:2: malformed UTF-8"), e.getMessage());
        assertEquals(1, out.toString().lines().count(), "the valid line before it is predicted");
    }

    @Test
    void evalReportsAccuracyOnHeldOutData() throws IOException {
        Path test = TinyClassifier.writeData(dir.resolve("test.txt"), 40, 2);
        assertEquals(0, run("classify", "eval", "--model", model.toString(), "--test", test.toString(),
                "--format", "fasttext"), err.toString());
        assertTrue(out.toString().contains("accuracy 1.0000"), out.toString());
    }

    @Test
    void trainsAHierarchicalSoftmaxWithLossHs() throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("hs-train.txt"), 200, 3);
        Path hs = dir.resolve("hs.tkm");
        assertEquals(0, run("classify", "train", "--train", data.toString(), "--format", "fasttext", "--output",
                hs.toString(), "--dim", "8", "--epochs", "10", "--lr", "0.5", "--loss", "hs"), err.toString());
        assertEquals(FastTextConfig.Loss.HS, FastTextClassifier.load(hs).config().loss());
        Path test = TinyClassifier.writeData(dir.resolve("hs-test.txt"), 40, 4);
        assertEquals(0, run("classify", "eval", "--model", hs.toString(), "--test", test.toString(),
                "--format", "fasttext"), err.toString());
        assertTrue(out.toString().contains("accuracy 1.0000"), out.toString());
    }

    @Test
    void anUnknownLossIsABadUsage() {
        assertEquals(2, run("classify", "train", "--train", model.toString(), "--format", "fasttext",
                "--output", dir.resolve("x.tkm").toString(), "--loss", "ns"));
        assertTrue(err.toString().contains("unknown loss 'ns'; known losses: softmax, hs"), err.toString());
    }

    @Test
    void anUnknownFormatIsABadUsage() {
        assertEquals(2, run("classify", "eval", "--model", model.toString(), "--test", model.toString(),
                "--format", "csv"));
        assertTrue(err.toString().contains("known formats: fasttext, label-tab-text"), err.toString());
    }

    @Test
    void aMissingModelIsOneLineOnStderr() {
        assertEquals(1, run("classify", "predict", "--model", dir.resolve("none.tkm").toString(), "x"));
        assertEquals("textkit: no such file: " + dir.resolve("none.tkm") + System.lineSeparator(), err.toString());
    }

    @Test
    void trainsATextCnnWithSettingsAndADevelopmentFraction() throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("cnn-train.txt"), 200, 3);
        Path cnn = dir.resolve("cnn.tkm");
        assertEquals(0, run("classify", "train", "--model", "textcnn", "--train", data.toString(), "--format", "fasttext",
                "--output", cnn.toString(), "--dim", "8", "--epochs", "20", "--set", "maps=4", "--set", "widths=2,3",
                "--dev-fraction", "0.2", "--class-weights", "balanced", "--quiet"), err.toString());
        assertTrue(out.toString().startsWith("textcnn: 2 labels, 160 training examples"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("classify", "predict", "--model", cnn.toString(), "great superb"), err.toString());
        assertTrue(out.toString().startsWith("pos\t"), out.toString());
    }

    @Test
    void crossValidatesAndWritesTheFolds() throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("cv.txt"), 100, 4);
        Path folds = dir.resolve("folds");
        assertEquals(0, run("classify", "cv", "--data", data.toString(), "--format", "fasttext", "--folds", "5",
                "--run-folds", "2", "--dim", "8", "--epochs", "5", "--lr", "0.5", "--save-folds", folds.toString()),
                err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals(3, lines.length, out.toString());
        assertTrue(lines[0].startsWith("fold 1/2: accuracy 1.0000"), lines[0]);
        assertTrue(lines[2].startsWith("fasttext, 2 of 5 folds: accuracy 1.0000 ± 0.0000"), lines[2]);
        assertEquals(20, Files.readAllLines(folds.resolve("fold-2/test.txt")).size());
        assertEquals(80, Files.readAllLines(folds.resolve("fold-2/train.txt")).size());
    }

    @Test
    void fastTextTakesInPretrainedVectorsOfItsDim() throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("vec-train.txt"), 200, 6);
        Path vectors = Files.write(dir.resolve("vectors.vec"), List.of("3 8",
                "good 1 0 0 0 0 0 0 0.5", "bad -1 0 0 0 0 0 0 -0.5", "splendid 0.9 0 0 0 0 0 0 0.4"));
        Path trained = dir.resolve("vec.tkm");
        assertEquals(0, run("classify", "train", "--train", data.toString(), "--format", "fasttext", "--output",
                trained.toString(), "--dim", "8", "--epochs", "10", "--lr", "0.5", "--vectors", vectors.toString()),
                err.toString());
        assertTrue(FastTextClassifier.load(trained).words().contains("splendid"), "a word only the vectors know");
        Path test = TinyClassifier.writeData(dir.resolve("vec-test.txt"), 40, 7);
        assertEquals(0, run("classify", "eval", "--model", trained.toString(), "--test", test.toString(),
                "--format", "fasttext"), err.toString());
        assertTrue(out.toString().contains("accuracy 1.0000"), out.toString());

        assertEquals(0, run("classify", "train", "--train", data.toString(), "--format", "fasttext", "--output",
                trained.toString(), "--dim", "8", "--vectors", vectors.toString(), "--vectors-limit", "2"),
                err.toString());
        assertFalse(FastTextClassifier.load(trained).words().contains("splendid"), "cut by --vectors-limit 2");
        assertEquals(0, run("classify", "train", "--train", data.toString(), "--format", "fasttext", "--output",
                trained.toString(), "--dim", "8", "--vectors", vectors.toString(), "--vectors-limit", "0"),
                err.toString());
        assertFalse(FastTextClassifier.load(trained).words().contains("splendid"), "none unseen with limit 0");
        assertTrue(FastTextClassifier.load(trained).words().contains("good"), "training words stay");

        assertEquals(1, run("classify", "train", "--train", data.toString(), "--format", "fasttext", "--output",
                trained.toString(), "--dim", "16", "--vectors", vectors.toString()));
        assertTrue(err.toString().contains("the pretrained vector of 'good' has 8 dimensions, the config 16"),
                err.toString());
        assertEquals(2, run("classify", "train", "--train", data.toString(), "--format", "fasttext", "--output",
                trained.toString(), "--vectors-limit", "2"));
        assertTrue(err.toString().contains("--vectors-limit needs --vectors"), err.toString());
    }

    @Test
    void keepVectorLengthsIsForNeuralModelsWithVectors() throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("keep-train.txt"), 60, 6);
        Path vectors = Files.write(dir.resolve("keep.vec"), List.of("2 8",
                "good 1 0 0 0 0 0 0 0.5", "bad -1 0 0 0 0 0 0 -0.5"));
        Path trained = dir.resolve("keep.tkm");
        assertEquals(0, run("classify", "train", "--model", "textcnn", "--train", data.toString(), "--format",
                "fasttext", "--output", trained.toString(), "--dim", "8", "--epochs", "1", "--set", "maps=4",
                "--set", "channels=static", "--vectors", vectors.toString(), "--keep-vector-lengths", "--quiet"),
                err.toString());
        assertEquals(2, run("classify", "train", "--train", data.toString(), "--format", "fasttext", "--output",
                trained.toString(), "--dim", "8", "--vectors", vectors.toString(), "--keep-vector-lengths"));
        assertTrue(err.toString().contains("--keep-vector-lengths applies to the neural models"), err.toString());
        assertEquals(2, run("classify", "train", "--model", "textcnn", "--train", data.toString(), "--format",
                "fasttext", "--output", trained.toString(), "--keep-vector-lengths"));
        assertTrue(err.toString().contains("--keep-vector-lengths needs --vectors"), err.toString());
    }

    @Test
    void optionsThatDoNotApplyToTheModelAreRefusedByName() throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("bad.txt"), 20, 5);
        assertEquals(2, run("classify", "train", "--model", "textcnn", "--train", data.toString(), "--format",
                "fasttext", "--output", dir.resolve("x.tkm").toString(), "--word-ngrams", "2"));
        assertTrue(err.toString().contains("--word-ngrams does not apply to textcnn, whose config has no field"
                + " 'wordNgrams'; fields: dim, widths,"), err.toString());
        assertEquals(2, run("classify", "train", "--model", "bert", "--train", data.toString(), "--format",
                "fasttext", "--output", dir.resolve("x.tkm").toString()));
        assertTrue(err.toString().contains("--model 'bert' is not a model; known models: fasttext, textcnn"),
                err.toString());
        assertEquals(2, run("classify", "train", "--model", "textcnn", "--train", data.toString(), "--format",
                "fasttext", "--output", dir.resolve("x.tkm").toString(), "--set", "mapz=3"));
        assertTrue(err.toString().contains("--set mapz: textcnn has no field 'mapz'; fields: dim, widths, maps,"),
                err.toString());
    }
}
