package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.classify.TextRnnConfig.Pooling;
import io.textkit.tokenize.TokenizerSettings;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** TextRNN and RCNN configs read back what they wrote, and refuse malformed fields by name. */
class RecurrentConfigJsonTest {
    private static final TokenizerSettings TOKENIZER = TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE);

    static Stream<NeuralConfig> configs() {
        return Stream.of(TextRnnConfig.defaults(),
                TextRnnConfig.defaults().withCell(RnnCell.GRU).withPooling(Pooling.LAST).withLayers(3)
                        .withBidirectional(false).withEmbeddingDropout(0.25).withLr(0.002).withClipNorm(0)
                        .withSeed(-7).withPretrained(true),
                RcnnConfig.defaults(),
                RcnnConfig.defaults().withCell(RnnCell.GRU).withContext(7).withHidden(9).withDropout(0.1)
                        .withClipNorm(1.5).withSeed(Long.MAX_VALUE).withPretrained(true));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void readsBackWhatItWrote(NeuralConfig config) {
        assertEquals(config, Architectures.fromJson(config.kind(), config.toJson(), config.tokenizer()));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                rnn("hidden", null, "textrnn config: field 'hidden' must be an integer, got null"),
                rnn("hidden", "\"150\"", "field 'hidden' must be an integer, got \"150\""),
                rnn("layers", "0", "layers must be ≥ 1, got 0"),
                rnn("cell", "\"RNN\"", "field 'cell' must be one of [LSTM, GRU], got \"RNN\""),
                rnn("pooling", "\"max\"", "field 'pooling' must be one of [LAST, MEAN, MAX]"),
                rnn("bidirectional", "1", "field 'bidirectional' must be true or false, got 1"),
                rnn("dropout", "1.0", "dropout must be in [0, 1), got 1.0"),
                rnn("lr", "0", "lr must be finite and > 0, got 0.0"),
                rnn("seed", "1.5", "field 'seed' must be an integer, got 1.5"),
                rcnn("context", "2.5", "rcnn config: field 'context' must be an integer, got 2.5"),
                rcnn("clipNorm", "-1", "clipNorm must be finite and ≥ 0, got -1.0"),
                rcnn("pretrained", null, "rcnn config: field 'pretrained' must be true or false, got null"),
                rcnn("cell", "[]", "field 'cell' must be one of [LSTM, GRU], got []"));
    }

    private static Arguments rnn(String field, String json, String message) {
        return Arguments.of(TextRnnConfig.defaults(), field, json, message);
    }

    private static Arguments rcnn(String field, String json, String message) {
        return Arguments.of(RcnnConfig.defaults(), field, json, message);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void refusesAMalformedFieldByName(NeuralConfig config, String field, String json, String message) throws Exception {
        ObjectNode node = config.toJson();
        if (json == null) {
            node.remove(field);
        } else {
            node.set(field, new ObjectMapper().readTree(json));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Architectures.fromJson(config.kind(), node, TOKENIZER));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
