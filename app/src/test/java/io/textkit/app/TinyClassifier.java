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
        return writeData(file, lines, seed, "pos", "neg");
    }

    /** As {@link #writeData(Path, int, long)}, with other names for the positive and negative labels. */
    static Path writeData(Path file, int lines, long seed, String positiveLabel, String negativeLabel)
            throws IOException {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            boolean positive = i % 2 == 0;
            String[] words = positive ? POSITIVE : NEGATIVE;
            StringBuilder line = new StringBuilder("__label__" + (positive ? positiveLabel : negativeLabel));
            for (int w = 0; w < 5; w++) {
                line.append(' ').append(words[random.nextInt(words.length)]);
            }
            out.add(line.toString());
        }
        return Files.write(file, out);
    }

    /** Trains the model into {@code dir} with the train command and returns its path. */
    static Path train(Path dir) throws IOException {
        return train(dir, "sentiment.tkm", "pos", "neg");
    }

    /** Trains a model with labels {@code positiveLabel} and {@code negativeLabel} into {@code dir/file}. */
    static Path train(Path dir, String file, String positiveLabel, String negativeLabel) throws IOException {
        Path data = writeData(dir.resolve(file + ".txt"), 400, 1, positiveLabel, negativeLabel);
        Path model = dir.resolve(file);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "classify", "train",
                "--train", data.toString(), "--format", "fasttext", "--output", model.toString(),
                "--dim", "8", "--epochs", "10", "--lr", "0.5", "--threads", "1");
        assertEquals(0, code, err.toString());
        return model;
    }
}
