package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.TextkitVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes 0 / 1 / 2, help on every command, and failures as one line on stderr. */
class CommandLineContractTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void versionPrintsTheVersionAndTheCommit() {
        assertEquals(0, run("--version"));
        String first = out.toString().lines().findFirst().orElse("");
        assertEquals("textkit " + TextkitVersion.describe(), first);
        assertTrue(first.matches("textkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7,40}"
                + "|unknown: built outside a git checkout)\\)"), first);
    }

    @Test
    void helpSucceeds() {
        assertEquals(0, run("--help"));
        assertEquals(0, run("demo", "--help"));
        assertTrue(out.toString().contains("--epochs"), out.toString());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, run("--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
        assertEquals(2, run("demo", "--epochs", "many"));
    }

    @Test
    void aFailureIsOneLineOnStderrAndExitsWithOne(@TempDir Path dir) {
        assertEquals(1, run("demo", "--epochs", "0", "--output", dir.resolve("m.tkm").toString()));
        assertEquals("textkit: epochs must be ≥ 1, got 0" + System.lineSeparator(), err.toString());
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path dir) {
        assertEquals(1, run("--verbose", "demo", "--epochs", "0", "--output", dir.resolve("m.tkm").toString()));
        assertTrue(err.toString().contains("at io.textkit.core.train.TrainingLoop"), err.toString());
        TextkitCommand.verbose = false;
    }

    @Test
    void theDemoTrainsSavesAndReloads(@TempDir Path dir) {
        Path model = dir.resolve("demo.tkm");
        assertEquals(0, run("demo", "--points", "100", "--epochs", "60", "--output", model.toString()));
        assertTrue(Files.isRegularFile(model));
    }
}
