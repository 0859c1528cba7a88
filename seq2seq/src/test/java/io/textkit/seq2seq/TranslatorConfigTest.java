package io.textkit.seq2seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import org.junit.jupiter.api.Test;

/** The translator's configuration round-trips through JSON and refuses combinations that cannot work, saying why. */
class TranslatorConfigTest {
    @Test
    void jsonRoundTripGivesAnEqualConfig() {
        TranslatorConfig config = Configs.with(TranslatorConfig.defaults(), "attention", "general");
        assertEquals(config, Configs.fromJson(TranslatorConfig.class, Configs.toJson(config)));
    }

    @Test
    void dotAttentionNeedsTheDecoderAsWideAsTheMemory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Configs.with(TranslatorConfig.defaults(), "attention", "dot"));
        assertTrue(e.getMessage().contains("decoderHidden = 2·hidden"), e.getMessage());
    }

    @Test
    void aTeacherForcingRatioAboveOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Configs.with(TranslatorConfig.defaults(), "teacherForcing", "1.5"));
        assertTrue(e.getMessage().contains("teacherForcing"), e.getMessage());
    }
}
