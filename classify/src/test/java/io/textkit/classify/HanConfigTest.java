package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
        HanConfig config = HanConfig.defaults().withDim(32).withWordHidden(7).withWordAttention(9)
                .withSentenceHidden(11).withSentenceAttention(13).withDropout(0.25).withLearningRate(0.2)
                .withClipNorm(0).withBatchSize(3).withEpochs(4).withPatience(2).withMinCount(2).withMaxSentences(30)
                .withMaxSentenceLength(60).withSeed(123456789012L).withPretrained(true);
        assertEquals(config, Architectures.fromJson(HanConfig.KIND, config.toJson(), TOKENIZER));
    }

    @Test
    void aConfigWrittenBeforePretrainedExistedStartedFromRandomVectors() {
        ObjectNode old = HanConfig.defaults().withPretrained(true).toJson();
        old.remove("pretrained");
        assertFalse(HanConfig.fromJson(old, TOKENIZER).pretrained());
    }

    @Test
    void aMissingOrMistypedFieldIsNamed() {
        ObjectNode missing = HanConfig.defaults().toJson();
        missing.remove("sentenceHidden");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HanConfig.fromJson(missing, TOKENIZER));
        assertTrue(e.getMessage().contains("'sentenceHidden'"), e.getMessage());
        ObjectNode mistyped = HanConfig.defaults().toJson().put("learningRate", "fast");
        e = assertThrows(IllegalArgumentException.class, () -> HanConfig.fromJson(mistyped, TOKENIZER));
        assertTrue(e.getMessage().contains("'learningRate'"), e.getMessage());
    }

    @Test
    void outOfRangeValuesAreRefusedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HanConfig.defaults().withMaxSentences(-1))
                .getMessage().startsWith("maxSentences"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HanConfig.defaults().withDropout(1))
                .getMessage().startsWith("dropout"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HanConfig.defaults().withLearningRate(0))
                .getMessage().startsWith("learningRate"));
    }
}
