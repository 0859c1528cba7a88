package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textkit.classify.TextCnnConfig.Channels;
import io.textkit.core.config.Configs;
import io.textkit.tokenize.TokenizerSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Command-line style overrides of a classifier config by field name, as {@code --set} gives them. */
class ConfigOverridesTest {

    @Test
    void replacesFieldsByNameWithTheirOwnTypes() {
        NeuralConfig config = Configs.with(NeuralConfig.defaults("textcnn"), Map.of("maps", "200", "widths", "2, 3,4",
                "channels", "non-static", "dropout", "0.25", "tokenizer", "english"));
        TextCnnConfig defaults = TextCnnConfig.defaults();
        assertEquals(new TextCnnConfig(defaults.dim(), List.of(2, 3, 4), 200, 0.25, defaults.maxNorm(),
                defaults.batchSize(), defaults.epochs(), defaults.patience(), defaults.minCount(), defaults.seed(),
                Channels.NON_STATIC, defaults.padBefore(), TokenizerSettings.of(TokenizerSettings.Kind.ENGLISH)),
                config);
        assertEquals(FastTextConfig.Loss.HS, Configs.with(FastTextConfig.defaults(), "loss", "hs").loss());
    }

    @Test
    void refusesWhatItCannotSetNamingTheField() {
        NeuralConfig config = TextCnnConfig.defaults();
        assertEquals("textcnn has no field 'map'; fields: dim, widths, maps, dropout, maxNorm, batchSize, epochs,"
                + " patience, minCount, seed, channels, padBefore, tokenizer", message(() -> Configs.with(config,
                "map", "3")));
        assertEquals("textcnn field 'maps': 'many' is not an integer", message(() -> Configs.with(config, "maps",
                "many")));
        assertEquals("textcnn has no field 'optimizer'; fields: dim, widths, maps, dropout, maxNorm, batchSize, epochs,"
                + " patience, minCount, seed, channels, padBefore, tokenizer",
                message(() -> Configs.with(config, "optimizer", "sgd")));
        assertEquals("dropout must be in [0, 1), got 1.5", message(() -> Configs.with(config, "dropout", "1.5")));
        assertEquals("textcnn field 'channels': 'wide' is not one of rand, static, non-static, multichannel",
                message(() -> Configs.with(config, "channels", "wide")));
        assertEquals("unknown tokenizer kind 'klingon'; expected one of english, chinese, whitespace, characters",
                message(() -> Configs.with(config, "tokenizer", "klingon")));
        assertEquals("textrnn has no field 'lr'; fields: dim, hidden, cell, layers, bidirectional, pooling, dropout,"
                + " embeddingDropout, learningRate, clipNorm, batchSize, epochs, patience, minCount, seed, pretrained,"
                + " tokenizer", message(() -> Configs.with(TextRnnConfig.defaults(), "lr", "0.1")));
        assertThrows(IllegalArgumentException.class, () -> NeuralConfig.defaults("lstm-crf"));
    }

    private static String message(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}
