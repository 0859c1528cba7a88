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
    void anUnknownCommandWithHelpIsABadUsage() {
        assertEquals(2, run("translat", "--help"));
        assertTrue(err.toString().startsWith("textkit: unknown command 'translat'"), err.toString());
        assertEquals("", out.toString(), "no help for a command that does not exist");
        assertEquals(2, run("clasify", "--help"));
        assertTrue(err.toString().contains("classify"), "suggests the close name: " + err);
        assertEquals(2, run("classify", "predcit", "--help"));
        assertTrue(err.toString().contains("unknown command 'predcit'") && err.toString().contains("predict"),
                err.toString());
        assertEquals(0, run("classify", "predict", "--help"));
    }

    @Test
    void aFailureIsOneLineOnStderrAndExitsWithOne(@TempDir Path dir) {
        Path missing = dir.resolve("m.tkm");
        assertEquals(1, run("classify", "eval", "--model", missing.toString(), "--test", missing.toString(),
                "--format", "fasttext"));
        assertEquals("textkit: no such file: " + missing + System.lineSeparator(), err.toString());
    }

    @Test
    void anInvalidOptionValueIsOneLineNamingTheOptionAndExitsWithTwo(@TempDir Path dir) {
        assertEquals(2, run("demo", "--epochs", "0", "--output", dir.resolve("m.tkm").toString()));
        assertEquals("textkit: --epochs must be ≥ 1, got 0" + System.lineSeparator(), err.toString());
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path dir) {
        Path missing = dir.resolve("m.tkm");
        assertEquals(1, run("--verbose", "classify", "eval", "--model", missing.toString(), "--test",
                missing.toString(), "--format", "fasttext"));
        assertTrue(err.toString().contains("java.nio.file.NoSuchFileException"), err.toString());
        TextkitCommand.verbose = false;
    }

    @Test
    void theDemoTrainsSavesAndReloads(@TempDir Path dir) {
        Path model = dir.resolve("demo.tkm");
        assertEquals(0, run("demo", "--points", "100", "--epochs", "60", "--output", model.toString()));
        assertTrue(Files.isRegularFile(model));
    }
}
