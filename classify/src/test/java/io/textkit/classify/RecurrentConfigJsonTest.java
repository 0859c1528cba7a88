package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.classify.TextRnnConfig.Pooling;
import io.textkit.core.config.Configs;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** TextRNN and RCNN configs read back what they wrote, and refuse malformed fields by name. */
class RecurrentConfigJsonTest {
    static Stream<NeuralConfig> configs() {
        return Stream.of(TextRnnConfig.defaults(),
                Configs.with(TextRnnConfig.defaults(), Map.of("cell", RnnCell.GRU, "pooling", Pooling.LAST, "layers",
                        3, "bidirectional", false, "embeddingDropout", 0.25, "learningRate", 0.002, "clipNorm", 0,
                        "seed", -7, "pretrained", true)),
                RcnnConfig.defaults(),
                Configs.with(RcnnConfig.defaults(), Map.of("cell", RnnCell.GRU, "context", 7, "hidden", 9, "dropout",
                        0.1, "clipNorm", 1.5, "seed", Long.MAX_VALUE, "pretrained", true)));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void readsBackWhatItWrote(NeuralConfig config) {
        assertEquals(config, Configs.fromJson(config.getClass(), Configs.toJson(config)));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                rnn("hidden", null, "textrnn config: field 'hidden' is missing"),
                rnn("hidden", "null", "textrnn config: field 'hidden' must be an integer, got null"),
                rnn("hidden", "\"150\"", "field 'hidden' must be an integer, got \"150\""),
                rnn("layers", "0", "layers must be ≥ 1, got 0"),
                rnn("cell", "\"RNN\"", "field 'cell' must be one of lstm, gru, got \"RNN\""),
                rnn("pooling", "\"avg\"", "field 'pooling' must be one of last, mean, max"),
                rnn("bidirectional", "1", "field 'bidirectional' must be true or false, got 1"),
                rnn("dropout", "1.0", "dropout must be in [0, 1), got 1.0"),
                rnn("learningRate", "0", "learningRate must be finite and > 0, got 0.0"),
                rnn("seed", "1.5", "field 'seed' must be an integer, got 1.5"),
                rnn("hiden", "1", "textrnn config has no field 'hiden'; fields: dim, hidden, cell,"),
                rcnn("context", "2.5", "rcnn config: field 'context' must be an integer, got 2.5"),
                rcnn("clipNorm", "-1", "clipNorm must be finite and ≥ 0, got -1.0"),
                rcnn("pretrained", null, "rcnn config: field 'pretrained' is missing"),
                rcnn("cell", "[]", "field 'cell' must be one of lstm, gru, got []"));
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
        ObjectNode node = Configs.toJson(config);
        if (json == null) {
            node.remove(field);
        } else {
            node.set(field, new ObjectMapper().readTree(json));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Configs.fromJson(config.getClass(), node));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
