package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every invalid option value exits with 2 and one line naming the option as the user typed it,
 * never the config's Java field; values a config's constructor refuses are mapped back to the option
 * that set them.
 */
class InvalidOptionValueTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command and returns its exit code and its one line on stderr. */
    private String refusal(String... args) {
        StringWriter captured = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(captured, true), args);
        err.append(captured.toString());
        return code + " " + captured.toString().strip();
    }

    private String[] embedTrain(String... more) throws IOException {
        Path corpus = Files.write(dir.resolve("c.txt"), Stream.generate(() -> "a b c d").limit(20).toList());
        return Stream.concat(Stream.of("embed", "train", "-train", corpus.toString(), "-output",
                dir.resolve("v.vec").toString(), "-quiet"), Stream.of(more)).toArray(String[]::new);
    }

    private String[] classifyTrain(String... more) throws IOException {
        Path data = TinyClassifier.writeData(dir.resolve("t.txt"), 40, 1);
        return Stream.concat(Stream.of("classify", "train", "--train", data.toString(), "--format", "fasttext",
                "--output", dir.resolve("m.tkm").toString()), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void embedTrainNamesTheOptionAsTyped() throws IOException {
        assertEquals("2 textkit: -size must be ≥ 1, got 0", refusal(embedTrain("-size", "0")));
        assertEquals("2 textkit: --dimension must be ≥ 1, got 0", refusal(embedTrain("--dimension", "0")));
        assertEquals("2 textkit: -min-count must be ≥ 1, got 0", refusal(embedTrain("-min-count", "0")));
        assertEquals("2 textkit: -iter must be ≥ 1, got 0", refusal(embedTrain("-iter", "0")));
        assertEquals("2 textkit: -alpha must be finite and > 0, got -1.0", refusal(embedTrain("-alpha", "-1")));
        assertEquals("2 textkit: -hs takes 0 or 1, got 2", refusal(embedTrain("-hs", "2")));
        assertEquals("2 textkit: -negative 0 needs -hs 1: word2vec needs an output layer, negative sampling or"
                + " hierarchical softmax", refusal(embedTrain("-negative", "0")));
        assertEquals("2 textkit: -tokenizer unknown tokenizer kind 'klingon'", refusal(embedTrain("-tokenizer", "klingon"))
                .replaceFirst(";.*", ""));
        assertEquals("2 textkit: --set x: word2vec has no field 'x'", refusal(embedTrain("--set", "x=3"))
                .replaceFirst(";.*", ""));
        assertEquals("2 textkit: --set minCount: minCount must be ≥ 1, got 0",
                refusal(embedTrain("--set", "minCount=0")));
        assertEquals("", out.toString(), "nothing ran");
    }

    @Test
    void classifyTrainNamesTheOptionAsTyped() throws IOException {
        assertEquals("2 textkit: --model 'bert' is not a model; known models: fasttext, textcnn, textrnn, rcnn, han",
                refusal(classifyTrain("--model", "bert")));
        assertEquals("2 textkit: --min-count must be ≥ 1, got 0", refusal(classifyTrain("--min-count", "0")));
        assertEquals("2 textkit: --dim must be ≥ 1, got 0", refusal(classifyTrain("--model", "textcnn", "--dim", "0")));
        assertEquals("2 textkit: --dev-fraction must be between 0 and 1, got 1.5",
                refusal(classifyTrain("--model", "textcnn", "--dev-fraction", "1.5")));
        assertEquals("2 textkit: --class-weights 'x' is not a number",
                refusal(classifyTrain("--model", "textcnn", "--class-weights", "pos=x")));
        assertEquals("2 textkit: --tokenizer: unknown tokenizer kind 'klingon'",
                refusal(classifyTrain("--tokenizer", "klingon")).replaceFirst(";.*", ""));
        assertEquals("2 textkit: --set x: fasttext has no field 'x'", refusal(classifyTrain("--set", "x=3"))
                .replaceFirst(";.*", ""));
    }

    @Test
    void otherCommandsNameTheOptionToo() throws IOException {
        Path model = TinyClassifier.train(dir);
        assertEquals("2 textkit: --port must be in 0 … 65535, got 99999",
                refusal("classify", "serve", "--model", model.toString(), "--port", "99999"));
        assertEquals("2 textkit: --header-timeout-seconds must be ≥ 1, got 0",
                refusal("classify", "serve", "--model", model.toString(), "--header-timeout-seconds", "0"));
        assertEquals("2 textkit: --folds must be ≥ 2, got 1", refusal("classify", "cv", "--data", model.toString(),
                "--format", "fasttext", "--folds", "1"));
        assertEquals("2 textkit: --classes must be ≥ 2, got 1", refusal("demo", "--classes", "1", "--output",
                dir.resolve("d.tkm").toString()));
        assertEquals("2 textkit: --epochs must be ≥ 1, got 0", refusal("quickstart", "--epochs", "0", "-d",
                dir.resolve("q").toString()));
        assertEquals("2 textkit: -k must be ≥ 1, got 0", refusal("embed", "neighbors", "-vectors",
                dir.resolve("none.vec").toString(), "-k", "0", "cat"));
    }
}
