package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lm train}, {@code lm sample} and {@code lm perplexity} through the command line. */
class LmCommandsTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args));
    }

    private Path text(String name, int lines, long seed) throws IOException {
        String[] words = "the cat sat on a mat and the dog ran to it".split(" ");
        Random random = new Random(seed);
        List<String> text = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            int start = random.nextInt(4);
            text.add(String.join(" ", List.of(words).subList(start, start + 6 + random.nextInt(3))));
        }
        return Files.write(dir.resolve(name), text);
    }

    @Test
    void trainSampleAndPerplexity() throws IOException {
        Path train = text("train.txt", 300, 1);
        Path heldOut = text("held-out.txt", 60, 2);
        Path model = dir.resolve("lm.tkm");
        assertEquals(0, run("lm", "train", "--train", train.toString(), "--held-out", heldOut.toString(), "--output",
                model.toString(), "--dim", "16", "--hidden", "16", "--bptt", "10", "--batch-size", "4", "--epochs", "2",
                "--lr", "0.01", "--quiet"), err.toString());
        assertTrue(Files.isRegularFile(model));
        assertTrue(out.toString().contains("held-out perplexity"), out.toString());

        assertEquals(0, run("lm", "perplexity", "--model", model.toString(), "--text", heldOut.toString()), err.toString());
        assertTrue(out.toString().startsWith("perplexity "), out.toString());

        assertEquals(0, run("lm", "sample", "--model", model.toString(), "--prompt", "the cat", "-n", "3", "--seed", "7",
                "--temperature", "0.8", "--sampling-topk", "5"), err.toString());
        String first = out.toString();
        assertEquals(3, first.lines().count(), first);
        assertTrue(first.lines().allMatch(line -> line.startsWith("the cat")), first);
        run("lm", "sample", "--model", model.toString(), "--prompt", "the cat", "-n", "3", "--seed", "7",
                "--temperature", "0.8", "--sampling-topk", "5");
        assertEquals(first, out.toString(), "the same seed gives the same samples");
    }

    @Test
    void badOptionsExitWithTwoNamingTheOption() throws IOException {
        Path train = text("train.txt", 10, 1);
        assertEquals(2, run("lm", "train", "--train", train.toString(), "--held-out", train.toString(), "--output",
                train.toString()));
        assertTrue(err.toString().contains("--output"), err.toString());
        assertEquals(2, run("lm", "train", "--train", train.toString(), "--held-out", train.toString(), "--output",
                dir.resolve("m.tkm").toString(), "--hidden", "0"));
        assertTrue(err.toString().contains("--hidden"), err.toString());
        assertEquals(2, run("lm", "sample", "--model", "m.tkm", "--sampling-topp", "0"));
        assertTrue(err.toString().contains("--sampling-topp"), err.toString());
    }
}
