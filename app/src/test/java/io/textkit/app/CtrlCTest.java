package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.app.Interruption.Phase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C stops each trainer in each phase: the stop is requested from another thread, through
 * {@link Interruption#requestStop()} as the signal handler does, when the command enters the phase
 * (or shortly after, for training proper); the command must then end with 130 without entering a
 * later phase, leave no temporary file and keep the earlier output as it was. The runs are long
 * enough (10⁸ epochs, except those stopped while writing) that only a stop ends them in time.
 */
class CtrlCTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Phase> phases = new ArrayList<>();

    @AfterEach
    void forgetTheListener() {
        Interruption.onPhase(phase -> {});
    }

    /** Requests the stop from another thread as the command enters {@code at}, after {@code delayMillis}. */
    private void stopAt(Phase at, long delayMillis) {
        Interruption.onPhase(phase -> {
            phases.add(phase);
            if (phase == at) {
                Thread stopper = Thread.ofPlatform().start(() -> {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Interruption.requestStop();
                });
                if (delayMillis == 0) {
                    joinKeepingTheInterrupt(stopper);
                }
            }
        });
    }

    /** Waits for {@code thread}; a stop while writing interrupts this thread, which must stay interrupted. */
    private static void joinKeepingTheInterrupt(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private int run(String... args) {
        return assertTimeoutPreemptively(BOUND,
                () -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args));
    }

    /** The command ended with 130 in {@code phase}, left {@code output} as it was and no other new file. */
    private void assertStoppedIn(Phase phase, int code, Path output, List<Path> before) throws IOException {
        assertEquals(130, code, err.toString());
        assertEquals(phase, phases.get(phases.size() - 1), "no later phase began: " + phases);
        assertTrue(err.toString().contains("interrupted while " + phase.describe() + "; nothing was written"),
                err.toString());
        assertEquals("earlier output", Files.readString(output));
        assertEquals(before, listing());
        assertTrue(!Thread.currentThread().isInterrupted(), "the test thread is not left interrupted");
    }

    private Path corpus() throws IOException {
        String[][] topics = {{"cat", "dog", "horse", "cow"}, {"one", "two", "three", "four"}};
        Random random = new Random(1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                line.append(w == 0 ? "" : " ").append(topics[i % 2][random.nextInt(4)]);
            }
            lines.add(line.toString());
        }
        return Files.write(dir.resolve("corpus.txt"), lines);
    }

    /** Trains for 10⁸ epochs, or for one when the stop is to come while writing. */
    private void word2vecStopsIn(Phase phase) throws IOException {
        Path corpus = corpus();
        Path vectors = Files.writeString(dir.resolve("v.vec"), "earlier output");
        List<Path> before = listing();
        stopAt(phase, 0);
        int code = run("embed", "train", "-train", corpus.toString(), "-output", vectors.toString(), "-save-model",
                dir.resolve("m.tkm").toString(), "-size", "8", "-min-count", "1", "-threads", "2", "-quiet",
                "-iter", phase == Phase.WRITING ? "1" : "100000000");
        assertStoppedIn(phase, code, vectors, before);
    }

    @Test
    void word2vecStopsWhileCounting() throws IOException {
        word2vecStopsIn(Phase.COUNTING);
    }

    @Test
    void word2vecStopsWhileReading() throws IOException {
        word2vecStopsIn(Phase.READING);
    }

    @Test
    void word2vecStopsWhileTraining() throws IOException {
        word2vecStopsIn(Phase.TRAINING);
    }

    @Test
    void word2vecStopsWhileWriting() throws IOException {
        word2vecStopsIn(Phase.WRITING);
    }

    private void classifierStopsIn(Phase phase, long delayMillis, String... model) throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("train.txt"), 400, 1);
        Path output = Files.writeString(dir.resolve("m.tkm"), "earlier output");
        List<Path> before = listing();
        stopAt(phase, delayMillis);
        List<String> args = new ArrayList<>(List.of("classify", "train", "--train", data.toString(), "--format",
                "fasttext", "--output", output.toString(), "--dim", "8"));
        args.addAll(List.of(model));
        assertStoppedIn(phase, run(args.toArray(String[]::new)), output, before);
    }

    @Test
    void fastTextStopsWhileReading() throws IOException {
        classifierStopsIn(Phase.READING, 0, "--epochs", "100000000");
    }

    @Test
    void fastTextStopsWhileCountingOrTraining() throws IOException {
        classifierStopsIn(Phase.TRAINING, 0, "--epochs", "100000000");
        dirReset();
        classifierStopsIn(Phase.TRAINING, 300, "--epochs", "100000000");
    }

    @Test
    void fastTextStopsWhileWriting() throws IOException {
        classifierStopsIn(Phase.WRITING, 0, "--epochs", "1");
    }

    @Test
    void neuralModelStopsWhileReading() throws IOException {
        classifierStopsIn(Phase.READING, 0, "--model", "textcnn", "--set", "maps=4", "--epochs", "100000000",
                "--quiet");
    }

    @Test
    void neuralModelStopsWhileCountingOrTraining() throws IOException {
        classifierStopsIn(Phase.TRAINING, 0, "--model", "textcnn", "--set", "maps=4", "--epochs", "100000000",
                "--quiet");
        dirReset();
        classifierStopsIn(Phase.TRAINING, 300, "--model", "textcnn", "--set", "maps=4", "--epochs", "100000000",
                "--dev-fraction", "0.2", "--quiet");
    }

    @Test
    void neuralModelStopsWhileWriting() throws IOException {
        classifierStopsIn(Phase.WRITING, 0, "--model", "textcnn", "--set", "maps=4", "--epochs", "1", "--quiet");
    }

    @Test
    void crossValidationStoppedWhileTrainingWritesNoFold() throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("cv.txt"), 100, 4);
        Path folds = dir.resolve("folds");
        stopAt(Phase.TRAINING, 300);
        int code = run("classify", "cv", "--data", data.toString(), "--format", "fasttext", "--folds", "5",
                "--dim", "8", "--epochs", "100000000", "--save-folds", folds.toString());
        assertEquals(130, code, err.toString());
        assertEquals(Phase.TRAINING, phases.get(phases.size() - 1), "no later phase began: " + phases);
        try (Stream<Path> files = Files.walk(folds)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "no fold file");
        }
    }

    /** A second run in the same test starts from an empty folder and fresh streams. */
    private void dirReset() throws IOException {
        for (Path file : listing()) {
            Files.delete(file);
        }
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        phases.clear();
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
