package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up parallel corpus (German-looking words translated word by word) and a translator trained
 * on it through {@code textkit translate train} at tiny sizes, in a few seconds.
 */
final class TinyTranslator {
    static final String[] SOURCE_WORDS = "ein zwei drei vier hund katze haus rot blau".split(" ");
    static final String[] TARGET_WORDS = "one two three four dog cat house red blue".split(" ");

    private TinyTranslator() {}

    /** {@code n} sentence pairs of 2–5 words, written as {@code NAME.de} and {@code NAME.en} in {@code dir}. */
    static Path[] corpus(Path dir, String name, int n, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int length = 2 + random.nextInt(4);
            StringBuilder s = new StringBuilder();
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < length; k++) {
                int w = random.nextInt(SOURCE_WORDS.length);
                s.append(k == 0 ? "" : " ").append(SOURCE_WORDS[w]);
                t.append(k == 0 ? "" : " ").append(TARGET_WORDS[w]);
            }
            source.add(s.toString());
            target.add(t.toString());
        }
        return new Path[] {Files.write(dir.resolve(name + ".de"), source), Files.write(dir.resolve(name + ".en"), target)};
    }

    /** The options that make a translator tiny and quick to train. */
    static List<String> tinyOptions() {
        return List.of("--embedding", "16", "--hidden", "16", "--decoder-hidden", "16", "--set", "attentionSize=16",
                "--min-count", "1", "--batch-size", "16", "--lr", "0.01", "--dropout", "0", "--set", "labelSmoothing=0",
                "--quiet");
    }

    /** Trains a translator on 300 pairs for {@code epochs} epochs into {@code dir/tiny.tkm}. */
    static Path train(Path dir, int epochs) throws IOException {
        Path[] train = corpus(dir, "train", 300, 1);
        Path model = dir.resolve("tiny.tkm");
        List<String> args = new ArrayList<>(List.of("translate", "train", "--train-source", train[0].toString(),
                "--train-target", train[1].toString(), "--output", model.toString(), "--epochs",
                Integer.toString(epochs)));
        args.addAll(tinyOptions());
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        return model;
    }
}
