package io.textkit.classify;

import com.fasterxml.jackson.databind.JsonNode;
import io.textkit.tokenize.TokenizerSettings;
import java.util.List;

/** The neural architectures by model file kind: their networks and how their configs are read back. */
final class Architectures {
    /** The model file kinds of the neural classifiers. */
    static final List<String> KINDS = List.of(TextCnnConfig.KIND, TextRnnConfig.KIND, RcnnConfig.KIND, HanConfig.KIND);

    private Architectures() {}

    /** A freshly initialised network for {@code config}, over {@code words} word ids and {@code classes} labels. */
    static ClassifierNetwork network(NeuralConfig config, int words, int classes) {
        return switch (config) {
            case TextCnnConfig c -> new TextCnnModel(words, classes, c);
            case TextRnnConfig c -> new TextRnnModel(words, classes, c);
            case RcnnConfig c -> new RcnnModel(words, classes, c);
            case HanConfig c -> new HanModel(words, classes, c);
        };
    }

    /** The default config of kind {@code kind}. */
    static NeuralConfig defaults(String kind) {
        return switch (kind) {
            case TextCnnConfig.KIND -> TextCnnConfig.defaults();
            case TextRnnConfig.KIND -> TextRnnConfig.defaults();
            case RcnnConfig.KIND -> RcnnConfig.defaults();
            case HanConfig.KIND -> HanConfig.defaults();
            default -> throw unknown(kind);
        };
    }

    /** Reads back {@link NeuralConfig#toJson()} of a model file of kind {@code kind}. */
    static NeuralConfig fromJson(String kind, JsonNode node, TokenizerSettings tokenizer) {
        return switch (kind) {
            case TextCnnConfig.KIND -> TextCnnConfig.fromJson(node, tokenizer);
            case TextRnnConfig.KIND -> TextRnnConfig.fromJson(node, tokenizer);
            case RcnnConfig.KIND -> RcnnConfig.fromJson(node, tokenizer);
            case HanConfig.KIND -> HanConfig.fromJson(node, tokenizer);
            default -> throw unknown(kind);
        };
    }

    private static IllegalArgumentException unknown(String kind) {
        return new IllegalArgumentException("unknown neural classifier kind '" + kind + "'; known kinds: "
                + String.join(", ", KINDS));
    }
}
