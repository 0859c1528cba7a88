package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command writes over one of its inputs, every output location is checked before any work, and a
 * command writes all its outputs or none.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path corpus() throws IOException {
        return Files.write(dir.resolve("c.txt"), Stream.generate(() -> "a b c d e f g h").limit(50).toList());
    }

    private String[] embedTrain(Path input, String... more) {
        return Stream.concat(Stream.of("embed", "train", "-train", input.toString(), "-size", "4", "-iter", "1",
                "-min-count", "1", "-threads", "1", "-quiet"), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void classifyTrainRefusesToWriteOverItsTrainingData() throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("y.txt"), 40, 1);
        byte[] before = Files.readAllBytes(data);
        assertEquals(2, run("classify", "train", "--train", data.toString(), "--format", "fasttext", "--output",
                data.toString()));
        assertTrue(err.toString().contains("--output " + data) && err.toString().contains("--train " + data),
                err.toString());
        assertTrue(Arrays.equals(before, Files.readAllBytes(data)), "the training data is unchanged");
    }

    @Test
    void embedTrainRefusesToWriteOverItsInputByPathOrLink() throws IOException {
        Path input = corpus();
        byte[] before = Files.readAllBytes(input);
        assertEquals(2, run(embedTrain(input, "-output", input.toString())));
        assertTrue(err.toString().contains("-output") && err.toString().contains("-train"), err.toString());
        Path hardLink = Files.createLink(dir.resolve("hard.txt"), input);
        assertEquals(2, run(embedTrain(input, "-output", hardLink.toString())));
        Path symbolic = Files.createSymbolicLink(dir.resolve("soft.txt"), input);
        assertEquals(2, run(embedTrain(input, "-output", dir.resolve("v.vec").toString(), "-save-model",
                symbolic.toString())));
        assertTrue(err.toString().contains("-save-model " + symbolic), err.toString());
        assertTrue(Arrays.equals(before, Files.readAllBytes(input)), "the corpus is unchanged");
        assertFalse(Files.exists(dir.resolve("v.vec")));
    }

    @Test
    void crossValidationRefusesFoldsFolderHoldingItsData() throws IOException {
        Path folds = Files.createDirectories(dir.resolve("folds").resolve("fold-1"));
        Path data = TinyClassifier.writeData(folds.resolve("train.txt"), 40, 1);
        assertEquals(2, run("classify", "cv", "--data", data.toString(), "--format", "fasttext", "--save-folds",
                dir.resolve("folds").toString()));
        assertTrue(err.toString().contains("--save-folds " + dir.resolve("folds") + " holds --data " + data),
                err.toString());
    }

    @Test
    void anOutputInsideAnInputFolderIsRefused() throws IOException {
        Path data = dir.resolve("data");
        Files.write(Files.createDirectories(data.resolve("pos")).resolve("1.txt"), List.of("great"));
        Files.write(Files.createDirectories(data.resolve("neg")).resolve("1.txt"), List.of("awful"));
        Path output = data.resolve("pos").resolve("m.tkm");
        assertEquals(2, run("classify", "train", "--train", data.toString(), "--format", "folders", "--output",
                output.toString()));
        assertEquals("textkit: --output " + output + " is inside --train " + data + "; writing it would change the"
                + " input", err.toString().strip());
    }

    @Test
    void twoOutputsCannotBeOneFile() throws IOException {
        Path same = dir.resolve("v.tkm");
        assertEquals(2, run(embedTrain(corpus(), "-output", same.toString(), "-save-model", same.toString())));
        assertTrue(err.toString().contains("-save-model and -output name the same file"), err.toString());
    }

    @Test
    void aMissingOutputFolderIsRefusedBeforeTraining() throws IOException {
        Path missing = dir.resolve("missing").resolve("v.vec");
        assertEquals(2, run(embedTrain(corpus(), "-output", missing.toString())));
        assertEquals("textkit: -output " + missing + ": the folder " + missing.getParent() + " does not exist",
                err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void aFolderIsNoOutputFile() throws IOException {
        assertEquals(2, run(embedTrain(corpus(), "-output", dir.toString())));
        assertEquals("textkit: -output " + dir + " is a folder; give a file name", err.toString().strip());
        assertEquals(2, run(embedTrain(corpus(), "-output", "/")));
    }

    @Test
    void aFolderThatTakesNoNewFileIsRefusedBeforeTraining() throws IOException {
        // /proc refuses new files even to root, for whom a folder's permission bits do not.
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux's /proc");
        Path target = proc.resolve("textkit-test.vec");
        assertEquals(2, run(embedTrain(corpus(), "-output", target.toString())));
        assertTrue(err.toString().startsWith("textkit: -output " + target + ": cannot create a file in /proc"),
                err.toString());
    }

    @Test
    void oneBadOutputMeansNoOutputIsWritten() throws IOException {
        Path vectors = dir.resolve("ok.vec");
        Path model = dir.resolve("missing").resolve("m.tkm");
        assertEquals(2, run(embedTrain(corpus(), "-output", vectors.toString(), "-save-model", model.toString())));
        assertTrue(err.toString().contains("-save-model " + model), err.toString());
        assertFalse(Files.exists(vectors), "the vectors were not written either");
        assertEquals(List.of(dir.resolve("c.txt")), listing());
    }

    @Test
    void bothOutputsAreWrittenAndNoTemporaryIsLeft() throws IOException {
        Path vectors = dir.resolve("ok.vec");
        Path model = dir.resolve("m.tkm");
        assertEquals(0, run(embedTrain(corpus(), "-output", vectors.toString(), "-save-model", model.toString())),
                err.toString());
        assertEquals(List.of(dir.resolve("c.txt"), model, vectors), listing());
    }

    @Test
    void aFailedMovePutsBackTheOutputsAlreadyMoved() throws IOException {
        Path first = Files.writeString(dir.resolve("first.txt"), "old first");
        Path second = dir.resolve("second.txt");
        Files.createDirectories(second.resolve("in-the-way"));
        OutputFiles outputs = new OutputFiles().output("--first", first).output("--second", second);
        Files.writeString(outputs.temporary("--first"), "new first");
        Files.writeString(outputs.temporary("--second"), "new second");
        IOException failed = assertThrows(IOException.class, outputs::commit);
        assertTrue(failed.getMessage().contains("put back: " + first + " restored"), failed.getMessage());
        assertEquals("old first", Files.readString(first));
        outputs.close();
        assertEquals(List.of(first, second), listing());
    }

    @Test
    void anOutputThatCannotFitIsRefused() throws IOException {
        Path target = dir.resolve("big.vec");
        OutputFiles outputs = new OutputFiles().output("-output", target);
        outputs.check();
        BadOptionException refused = assertThrows(BadOptionException.class,
                () -> outputs.requireSpace(Map.of("-output", Long.MAX_VALUE / 4)));
        assertTrue(refused.getMessage().startsWith("-output " + target + ": about "), refused.getMessage());
        assertTrue(refused.getMessage().contains("MB free there"), refused.getMessage());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
