package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class Word2VecConfigTest {
    private static final Word2VecConfig SKIP_GRAM = Word2VecConfig.defaults(false);

    private static String message(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void defaultsAreTheCToolsWithTheLearningRateOfTheArchitecture() {
        assertEquals(100, SKIP_GRAM.dim());
        assertEquals(5, SKIP_GRAM.window());
        assertEquals(5, SKIP_GRAM.negative());
        assertEquals(1e-3, SKIP_GRAM.sample());
        assertEquals(0.025, SKIP_GRAM.learningRate());
        assertEquals(0.025e-4, SKIP_GRAM.minLearningRate(), 1e-12);
        assertEquals(10_000, SKIP_GRAM.maxSentenceLength());
        var cbow = Word2VecConfig.defaults(true);
        assertEquals(0.05, cbow.learningRate());
        assertEquals(0.05e-4, cbow.minLearningRate(), 1e-12);
        assertEquals(true, cbow.cbowMean());
    }

    @Test
    void invalidValuesAreNamedWithWhatToDo() {
        assertEquals("dim must be ≥ 1, got 0", message(() -> Configs.with(SKIP_GRAM, "dim", 0)));
        assertEquals("word2vec needs an output layer: set hs=true, or negative to a positive number such as 5",
                message(() -> Configs.with(SKIP_GRAM, "negative", 0)));
        assertEquals("sample must be in [0, 1), got 1.5", message(() -> Configs.with(SKIP_GRAM, "sample", 1.5)));
        assertEquals("minLearningRate must be in [0.0, 0.025], got 0.5",
                message(() -> Configs.with(SKIP_GRAM, "minLearningRate", 0.5)));
        assertEquals("threads must be ≥ 1, got 0", message(() -> Configs.with(SKIP_GRAM, "threads", 0)));
        assertEquals("window must be ≥ 1, got -1", message(() -> Configs.with(SKIP_GRAM, "window", "-1")));
        assertEquals("epochs must be ≥ 1, got 0", message(() -> Configs.with(SKIP_GRAM, "epochs", 0)));
        assertEquals("word2vec has no field 'alpha'; fields: dim, window, negative, hs, cbow, cbowMean, sample,"
                + " minCount, maxVocab, epochs, learningRate, minLearningRate, threads, seed, maxSentenceLength",
                message(() -> Configs.with(SKIP_GRAM, "alpha", "0.1")));
    }

    @Test
    void roundTripsThroughJsonAndValidatesWhenRead() {
        var config = Configs.with(Word2VecConfig.defaults(true), Map.of("hs", true, "negative", 0, "seed", 7));
        assertEquals(config, Configs.fromJson(Word2VecConfig.class, Configs.toJson(config)));
        ObjectNode bad = Configs.toJson(config).put("epochs", 0);
        assertEquals("epochs must be ≥ 1, got 0", message(() -> Configs.fromJson(Word2VecConfig.class, bad)));
    }

    @Test
    void readsTheNamesOfFilesWrittenBeforeTheRename() {
        var config = Configs.with(SKIP_GRAM, Map.of("dim", 7, "learningRate", 0.1, "minLearningRate", 0.001));
        ObjectNode old = Configs.toJson(config);
        old.set("dimension", old.remove("dim"));
        old.set("alpha", old.remove("learningRate"));
        old.set("minAlpha", old.remove("minLearningRate"));
        assertEquals(config, Configs.fromJson(Word2VecConfig.class, old));
    }
}
