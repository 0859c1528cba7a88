package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import io.textkit.tokenize.TokenizerSettings;
import org.junit.jupiter.api.Test;

/** HAN's config: the paper's sizes by default, a JSON round trip, and errors that name the field. */
class HanConfigTest {
    private static final TokenizerSettings TOKENIZER = TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE);

    @Test
    void defaultsAreThePapersSizes() {
        HanConfig config = HanConfig.defaults();
        assertEquals(200, config.dim());
        assertEquals(50, config.wordHidden());
        assertEquals(100, config.wordAttention());
        assertEquals(50, config.sentenceHidden());
        assertEquals(100, config.sentenceAttention());
        assertEquals(64, config.batchSize());
        assertEquals(0, config.dropout());
        assertFalse(config.pretrained());
        assertTrue(config.sentences());
    }

    @Test
    void jsonRoundTripGivesAnEqualConfig() {
        HanConfig config = new HanConfig(32, 7, 9, 11, 13, 0.25, 0.2, 0, 3, 4, 2, 2, 30, 60, 123456789012L, true,
                TOKENIZER);
        assertEquals(config, Configs.fromJson(HanConfig.class, Configs.toJson(config)));
    }

    @Test
    void aConfigWrittenBeforePretrainedExistedStartedFromRandomVectors() {
        ObjectNode old = Configs.toJson(Configs.with(HanConfig.defaults(), "pretrained", true));
        old.remove("pretrained");
        assertFalse(Configs.fromJson(HanConfig.class, old).pretrained());
    }

    @Test
    void aMissingOrMistypedFieldIsNamed() {
        ObjectNode missing = Configs.toJson(HanConfig.defaults());
        missing.remove("sentenceHidden");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Configs.fromJson(HanConfig.class, missing));
        assertEquals("han config: field 'sentenceHidden' is missing", e.getMessage());
        ObjectNode mistyped = Configs.toJson(HanConfig.defaults()).put("learningRate", "fast");
        e = assertThrows(IllegalArgumentException.class, () -> Configs.fromJson(HanConfig.class, mistyped));
        assertEquals("han config: field 'learningRate' must be a number, got \"fast\"", e.getMessage());
    }

    @Test
    void outOfRangeValuesAreRefusedByName() {
        HanConfig defaults = HanConfig.defaults();
        assertEquals("maxSentences must be ≥ 0 (0 for no limit), got -1", assertThrows(IllegalArgumentException.class,
                () -> Configs.with(defaults, "maxSentences", -1)).getMessage());
        assertEquals("dropout must be in [0, 1), got 1.0", assertThrows(IllegalArgumentException.class,
                () -> Configs.with(defaults, "dropout", 1)).getMessage());
        assertEquals("learningRate must be finite and > 0, got 0.0", assertThrows(IllegalArgumentException.class,
                () -> Configs.with(defaults, "learningRate", 0)).getMessage());
    }
}
