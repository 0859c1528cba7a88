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

/** A small synthetic sentiment set and a fastText model trained on it through {@code classify train}. */
final class TinyClassifier {
    static final String[] POSITIVE = {"good", "great", "lovely", "excellent", "happy", "superb"};
    static final String[] NEGATIVE = {"bad", "awful", "terrible", "poor", "sad", "horrible"};

    private TinyClassifier() {}

    /** Writes {@code lines} fastText-format examples, half of each label, drawn with {@code seed}. */
    static Path writeData(Path file, int lines, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            boolean positive = i % 2 == 0;
            String[] words = positive ? POSITIVE : NEGATIVE;
            StringBuilder line = new StringBuilder(positive ? "__label__pos" : "__label__neg");
            for (int w = 0; w < 5; w++) {
                line.append(' ').append(words[random.nextInt(words.length)]);
            }
            out.add(line.toString());
        }
        return Files.write(file, out);
    }

    /** Trains the model into {@code dir} with the train command and returns its path. */
    static Path train(Path dir) throws IOException {
        Path data = writeData(dir.resolve("train.txt"), 400, 1);
        Path model = dir.resolve("sentiment.tkm");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "classify", "train",
                "--train", data.toString(), "--format", "fasttext", "--output", model.toString(),
                "--dim", "8", "--epochs", "10", "--lr", "0.5", "--threads", "1");
        assertEquals(0, code, err.toString());
        return model;
    }
}
