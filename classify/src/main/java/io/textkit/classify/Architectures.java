package io.textkit.classify;

import io.textkit.core.config.Check;
import java.util.List;

/** The neural architectures by model file kind: their networks, default configs and config types. */
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

    /** The config record of kind {@code kind}. */
    static Class<? extends NeuralConfig> type(String kind) {
        return switch (kind) {
            case TextCnnConfig.KIND -> TextCnnConfig.class;
            case TextRnnConfig.KIND -> TextRnnConfig.class;
            case RcnnConfig.KIND -> RcnnConfig.class;
            case HanConfig.KIND -> HanConfig.class;
            default -> throw unknown(kind);
        };
    }

    /** The checks of the fields every architecture has: each must be ≥ 1. */
    static void checkTraining(int dim, int batchSize, int epochs, int patience, int minCount) {
        Check.positive("dim", dim);
        Check.positive("batchSize", batchSize);
        Check.positive("epochs", epochs);
        Check.positive("patience", patience);
        Check.positive("minCount", minCount);
    }

    /** The checks of the fields of the architectures that train with Adam. */
    static void checkAdam(double dropout, double learningRate, double clipNorm) {
        Check.fraction("dropout", dropout);
        Check.positive("learningRate", learningRate);
        Check.nonNegative("clipNorm", clipNorm);
    }

    private static IllegalArgumentException unknown(String kind) {
        return new IllegalArgumentException("unknown neural classifier kind '" + kind + "'; known kinds: "
                + String.join(", ", KINDS));
    }
}
