package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.app.Interruption.Phase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code translate train} and {@code translate eval} through the command line. */
class TranslateCommandsTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @AfterEach
    void forgetTheListener() {
        Interruption.onPhase(phase -> {});
    }

    private int run(List<String> args) {
        out = new StringWriter();
        err = new StringWriter();
        return assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new)));
    }

    private List<String> train(Path[] train, Path[] dev, Path output, String... more) {
        List<String> args = new ArrayList<>(List.of("translate", "train", "--train-source", train[0].toString(),
                "--train-target", train[1].toString(), "--output", output.toString()));
        if (dev != null) {
            args.addAll(List.of("--dev-source", dev[0].toString(), "--dev-target", dev[1].toString()));
        }
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void devBleuChoosesTheEpochAndEvalPrintsBleuAndChrf() throws IOException {
        Path[] train = TinyTranslator.corpus(dir, "train", 300, 1);
        Path[] dev = TinyTranslator.corpus(dir, "dev", 30, 2);
        Path model = dir.resolve("m.tkm");
        List<String> args = train(train, dev, model, "--epochs", "4");
        args.addAll(TinyTranslator.tinyOptions());
        assertEquals(0, run(args), err.toString());
        assertTrue(Files.isRegularFile(model));
        assertTrue(out.toString().contains("dev BLEU"), out.toString());
        assertFalse(Files.exists(dir.resolve("m.tkm.ckpt.best")), "the best-model copy is removed once written");

        Path translations = dir.resolve("hyp.txt");
        assertEquals(0, run(List.of("translate", "eval", "--model", model.toString(), "--source", dev[0].toString(),
                "--reference", dev[1].toString(), "--beam", "3", "--translations", translations.toString())),
                err.toString());
        Matcher bleu = Pattern.compile("BLEU = ([0-9.]+)").matcher(out.toString());
        assertTrue(bleu.find(), out.toString());
        assertTrue(out.toString().contains("chrF2 = "), out.toString());
        assertEquals(30, Files.readAllLines(translations).size());
    }

    @Test
    void ctrlCWhileTrainingLeavesACheckpointThatResumeFinishes() throws IOException {
        Path[] train = TinyTranslator.corpus(dir, "train", 200, 1);
        Path model = dir.resolve("m.tkm");
        Interruption.onPhase(phase -> {
            if (phase == Phase.TRAINING) {
                Interruption.requestStop();
            }
        });
        List<String> args = train(train, null, model, "--epochs", "3");
        args.addAll(TinyTranslator.tinyOptions());
        assertEquals(130, run(args), err.toString());
        assertFalse(Files.exists(model), "no model is written when stopped");
        Path checkpoint = dir.resolve("m.tkm.ckpt");
        assertTrue(Files.isRegularFile(checkpoint), err.toString());
        assertTrue(err.toString().contains("--resume " + checkpoint), err.toString());

        Interruption.onPhase(phase -> {});
        assertEquals(0, run(train(train, null, model, "--resume", checkpoint.toString(), "--quiet")), err.toString());
        assertTrue(Files.isRegularFile(model));
        assertTrue(out.toString().contains("3 epochs"), out.toString());
    }

    @Test
    void replReadsAPipeThroughTheCommandLine() throws IOException {
        Path model = TinyTranslator.train(dir, 2);
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("ein zwei\n\nhund\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, run(List.of("translate", "repl", "--model", model.toString(), "--piped", "--beam", "2")),
                    err.toString());
        } finally {
            System.setIn(stdin);
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), "one line per input line and nothing else: " + out);
        assertFalse(lines.get(0).isEmpty());
        assertEquals("", lines.get(1));
        assertTrue(err.toString().contains("line 2: an empty line"), err.toString());
    }

    @Test
    void resumeRefusesConfigurationOptions() throws IOException {
        Path[] train = TinyTranslator.corpus(dir, "train", 20, 1);
        Path checkpoint = Files.writeString(dir.resolve("c.ckpt"), "x");
        assertEquals(2, run(train(train, null, dir.resolve("m.tkm"), "--resume", checkpoint.toString(), "--epochs", "3")));
        assertTrue(err.toString().contains("--resume continues with the checkpoint's own configuration"), err.toString());
    }

    @Test
    void badOptionsExitWithTwoNamingTheOption() throws IOException {
        Path[] train = TinyTranslator.corpus(dir, "train", 20, 1);
        assertEquals(2, run(train(train, null, train[0])));
        assertTrue(err.toString().contains("--output") && err.toString().contains("--train-source"), err.toString());
        assertEquals(2, run(train(train, null, dir.resolve("m.tkm"), "--embedding", "0")));
        assertTrue(err.toString().contains("--embedding"), err.toString());
        assertEquals(2, run(train(train, null, dir.resolve("m.tkm"), "--dev-source", train[0].toString())));
        assertTrue(err.toString().contains("--dev-target"), err.toString());
        assertEquals(2, run(train(train, null, dir.resolve("m.tkm"), "--set", "noSuchField=1")));

        String model = dir.resolve("missing.tkm").toString();
        String[][] bad = {{"--beam", "0"}, {"--nbest", "3", "--beam", "2"}, {"--length-penalty", "long"},
            {"--sampling-topp", "1.5"}, {"--temperature", "-1"}, {"--max-len", "0"}};
        for (String[] options : bad) {
            List<String> args = new ArrayList<>(List.of("translate", "eval", "--model", model, "--source",
                    train[0].toString(), "--reference", train[1].toString()));
            args.addAll(List.of(options));
            assertEquals(2, run(args), String.join(" ", options) + ": " + err);
            assertTrue(err.toString().contains(options[0]), String.join(" ", options) + ": " + err);
        }
    }
}
