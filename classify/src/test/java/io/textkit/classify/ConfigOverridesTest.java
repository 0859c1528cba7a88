package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textkit.classify.TextCnnConfig.Channels;
import io.textkit.tokenize.TokenizerSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Command-line style overrides of a neural config by field name. */
class ConfigOverridesTest {

    @Test
    void replacesFieldsByNameWithTheirOwnTypes() {
        NeuralConfig config = NeuralConfig.defaults("textcnn")
                .with(Map.of("maps", "200", "widths", "2, 3,4", "channels", "non-static", "dropout", "0.25"));
        TextCnnConfig expected = TextCnnConfig.defaults().withMaps(200).withWidths(List.of(2, 3, 4))
                .withChannels(Channels.NON_STATIC).withDropout(0.25);
        assertEquals(expected, config);
        assertEquals(expected.withTokenizer(TokenizerSettings.of(TokenizerSettings.Kind.ENGLISH)),
                config.withTokenizer(TokenizerSettings.of(TokenizerSettings.Kind.ENGLISH)));
    }

    @Test
    void refusesWhatItCannotSetNamingTheField() {
        NeuralConfig config = TextCnnConfig.defaults();
        assertEquals("textcnn has no setting 'map'; settings: batchSize, channels, dim, dropout, epochs, maps, maxNorm,"
                + " minCount, optimizer, padBefore, patience, seed, widths",
                assertThrows(IllegalArgumentException.class, () -> config.with(Map.of("map", "3"))).getMessage());
        assertEquals("textcnn setting 'maps': 'many' is not an integer",
                assertThrows(IllegalArgumentException.class, () -> config.with(Map.of("maps", "many"))).getMessage());
        assertEquals("textcnn setting 'optimizer' cannot be changed",
                assertThrows(IllegalArgumentException.class, () -> config.with(Map.of("optimizer", "sgd")))
                        .getMessage());
        assertEquals("dropout must be in [0, 1), got 1.5",
                assertThrows(IllegalArgumentException.class, () -> config.with(Map.of("dropout", "1.5"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> config.with(Map.of("channels", "wide")));
        assertThrows(IllegalArgumentException.class, () -> NeuralConfig.defaults("lstm-crf"));
    }
}
