package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textkit subword learn|encode|decode} on a small text, through {@link Main#run}. */
class SubwordCommandsTest {
    private static final List<String> TEXT = List.of("the lower the newest", "  the widest, the lowest  ", "über newer wider");

    @TempDir
    Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void learnEncodeDecodeRoundTripsForBothKinds() throws Exception {
        Path text = Files.write(dir.resolve("text.txt"), TEXT);
        for (String kind : List.of("bpe", "wordpiece")) {
            Path model = dir.resolve(kind);
            assertEquals(0, run("subword", "learn", "--type", kind, "--vocab-size", "60", "--min-frequency", "1",
                    "-o", model.toString(), text.toString()), err.toString());
            assertTrue(Files.isRegularFile(model.resolve("vocab.txt")));
            assertEquals(kind.equals("bpe"), Files.isRegularFile(model.resolve("merges.txt")));
            assertEquals(0, run("subword", "encode", "-m", model.toString(), text.toString()), err.toString());
            assertTrue(err.toString().startsWith("encoded 3 lines into "), err.toString());
            Path ids = Files.writeString(dir.resolve(kind + ".ids"), out.toString());
            assertEquals(0, run("subword", "decode", "-m", model.resolve("subword.json").toString(), ids.toString()), err.toString());
            assertEquals("the lower the newest\nthe widest, the lowest\nüber newer wider\n", out.toString());
        }
    }

    @Test
    void encodeWritesPiecesOnRequest() throws Exception {
        Path text = Files.write(dir.resolve("text.txt"), TEXT);
        Path model = dir.resolve("bpe");
        assertEquals(0, run("subword", "learn", "--vocab-size", "200", "--min-frequency", "1", "-o", model.toString(), text.toString()));
        assertEquals(0, run("subword", "encode", "--pieces", "-m", model.toString(), text.toString()));
        assertEquals("▁the ▁lower ▁the ▁newest", out.toString().lines().findFirst().orElseThrow());
    }

    @Test
    void decodeNamesTheLineOfABadId() throws Exception {
        Path text = Files.write(dir.resolve("text.txt"), TEXT);
        Path model = dir.resolve("bpe");
        assertEquals(0, run("subword", "learn", "--vocab-size", "40", "-o", model.toString(), text.toString()));
        Path ids = Files.write(dir.resolve("bad.ids"), List.of("4 5", "4 x"));
        assertEquals(2, run("subword", "decode", "-m", model.toString(), ids.toString()));
        assertTrue(err.toString().contains(ids + ", line 2: 'x' is not an id"), err.toString());
    }

    @Test
    void learnRefusesToOverwriteItsInput() throws Exception {
        Path model = Files.createDirectories(dir.resolve("model"));
        Path text = Files.write(model.resolve("vocab.txt"), TEXT);
        assertEquals(2, run("subword", "learn", "-o", model.toString(), text.toString()));
        assertTrue(err.toString().contains("is the same file as FILE"), err.toString());
        assertEquals(TEXT, Files.readAllLines(text));
    }
}
