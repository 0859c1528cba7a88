package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textkit embed ...} end to end on a small synthetic corpus: train, then query the vectors it wrote. */
class EmbedCommandsTest {
    @TempDir
    static Path dir;
    static Path corpus;
    static Path vectors;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Two topics whose words co-occur only with each other: animals and numbers. */
    @BeforeAll
    static void writeCorpus() throws IOException {
        String[][] topics = {{"cat", "dog", "horse", "cow", "sheep", "goat"}, {"one", "two", "three", "four", "five", "six"}};
        Random random = new Random(1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String[] topic = topics[i % 2];
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                line.append(w == 0 ? "" : " ").append(topic[random.nextInt(topic.length)]);
            }
            lines.add(line.toString());
        }
        corpus = dir.resolve("corpus.txt");
        Files.write(corpus, lines);
        vectors = dir.resolve("vectors.vec");
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "embed", "train",
                "-train", corpus.toString(), "-output", vectors.toString(), "-size", "16", "-window", "3", "-iter", "3",
                "-threads", "1", "-cbow", "0", "-min-count", "1", "-sample", "0", "-quiet",
                "-save-model", dir.resolve("w2v.tkm").toString());
        assertEquals(0, code);
    }

    @Test
    void malformedUtf8StopsNamingTheLineUnlessReplaced() throws IOException {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 't', ' ', 'd', 'o', 'g', '\n', 'c', 'a', 'f', (byte) 0xe9, ' ', 'c', 'a', 't', '\n'});
        Path out1 = dir.resolve("latin1.vec");
        assertEquals(1, run("embed", "train", "-train", latin1.toString(), "-output", out1.toString(), "-min-count", "1",
                "-size", "4", "-threads", "1", "-quiet"));
        assertTrue(err.toString().contains(latin1 + ":2: malformed UTF-8 (byte 0xE9)"), err.toString());
        assertTrue(err.toString().contains("--replace-malformed-utf8"), err.toString());
        assertTrue(Files.notExists(out1));

        assertEquals(0, run("embed", "train", "-train", latin1.toString(), "-output", out1.toString(), "-min-count", "1",
                "-size", "4", "-threads", "1", "-quiet", "-replace-malformed-utf8"));
        assertTrue(Files.readString(out1).contains("caf\uFFFD "), Files.readString(out1));
    }

    @Test
    void neighboursComeFromTheSameTopic() {
        assertEquals(0, run("embed", "neighbors", "-vectors", vectors.toString(), "-k", "3", "cat"));
        String[] lines = out.toString().strip().split("\n");
        assertEquals("cat", lines[0]);
        for (int i = 1; i <= 3; i++) {
            String neighbour = lines[i].strip().split("\\s+")[0];
            assertTrue(List.of("dog", "horse", "cow", "sheep", "goat").contains(neighbour), out.toString());
        }
    }

    @Test
    void theSavedModelFileAnswersToo() {
        assertEquals(0, run("embed", "neighbors", "-vectors", dir.resolve("w2v.tkm").toString(), "-k", "2", "two"));
        assertTrue(out.toString().startsWith("two\n"), out.toString());
    }

    @Test
    void analogyAndEvaluationRun() throws IOException {
        assertEquals(0, run("embed", "analogy", "-vectors", vectors.toString(), "cat", "dog", "one"));
        assertTrue(out.toString().startsWith("cat is to dog as one is to:"), out.toString());

        Path questions = dir.resolve("questions.txt");
        Files.write(questions, List.of(": topics", "cat dog one two", "cat dog one unicorn"));
        assertEquals(0, run("embed", "eval", "-vectors", vectors.toString(), "-analogies", questions.toString(), "-quiet"));
        assertTrue(out.toString().contains("of 1 answered questions; 1 of 2 skipped for unknown words"), out.toString());
    }

    @Test
    void anUnknownWordIsOneLineAndExitCodeOne() {
        assertEquals(1, run("embed", "neighbors", "-vectors", vectors.toString(), "unicorn"));
        String message = err.toString().strip();
        assertTrue(message.startsWith("textkit: ") && message.contains("unicorn") && !message.contains("\n"), message);
    }

    @Test
    void badFlagsAndMissingFilesAreReported() {
        assertEquals(2, run("embed", "train", "-train", corpus.toString(), "-output", dir.resolve("x.vec").toString(),
                "-hs", "2"));
        assertEquals("textkit: -hs takes 0 or 1, got 2", err.toString().strip());
        assertEquals(1, run("embed", "neighbors", "-vectors", dir.resolve("missing.vec").toString(), "cat"));
        assertEquals("textkit: no such file: " + dir.resolve("missing.vec"), err.toString().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals(2, run("embed", "train", "-output", "x.vec"));
    }
}
