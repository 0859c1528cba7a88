package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labelled data read with the wrong {@code --format} stops, naming the option and the formats, instead of training on texts as labels. */
class LabelColumnTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Yelp's layout: the text, a tab, the label 1 or 2; 100 lines. */
    private Path textTabLabel() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lines.add("review number " + i + " was " + (i % 2 == 0 ? "great" : "awful") + "\t" + (1 + i % 2));
        }
        return Files.write(dir.resolve("yelp.tsv"), lines);
    }

    @Test
    void aTextColumnReadAsLabelsStopsNamingFormat() throws IOException {
        Path data = textTabLabel();
        Path model = dir.resolve("m.tkm");
        assertEquals(2, run("classify", "train", "--train", data.toString(), "--format", "label-tab-text",
                "--output", model.toString()));
        String message = err.toString().strip();
        assertTrue(message.startsWith("textkit: --format label-tab-text: 100 distinct labels in 100 examples of "
                + data + "; the label column looks wrong"), message);
        assertTrue(message.contains("fasttext, label-tab-text, text-tab-label"), message);
        assertFalse(Files.exists(model));
    }

    @Test
    void theRightFormatTrains() throws IOException {
        assertEquals(0, run("classify", "train", "--train", textTabLabel().toString(), "--format", "text-tab-label",
                "--output", dir.resolve("m.tkm").toString()), err.toString());
        assertTrue(out.toString().contains("2 labels"), out.toString());
    }
}
