package io.textkit.classify;

import com.fasterxml.jackson.databind.JsonNode;
import io.textkit.core.config.Check;
import java.util.List;

/** The neural architectures by model file kind: their networks, default configs and config types. */
final class Architectures {
    /** The model file kinds of the neural classifiers. */
    static final List<String> KINDS = List.of(TextCnnConfig.KIND, TextRnnConfig.KIND, RcnnConfig.KIND, HanConfig.KIND);

    /** The config fields that size a network's layers (ints, or lists of ints as TextCNN's widths). */
    private static final List<String> SIZE_FIELDS = List.of("dim", "widths", "maps", "hidden", "layers", "context",
            "wordHidden", "wordAttention", "sentenceHidden", "sentenceAttention");

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

    /**
     * Refuses a saved config whose layer sizes the saved weights cannot back: a layer of size n has
     * at least n parameters, so no size can exceed {@code parameters}, the number the file holds.
     * Checked before the network is built, so that a damaged size (dim 20000000 in a file of a few
     * kilobytes) is reported instead of making the loader allocate more memory than there is.
     *
     * @throws IllegalArgumentException naming the field
     */
    static void checkSizesFit(JsonNode config, long parameters) {
        for (String field : SIZE_FIELDS) {
            JsonNode value = config.path(field);
            for (JsonNode size : value.isArray() ? value : List.of(value)) {
                if (size.isNumber() && size.asLong() > parameters) {
                    throw new IllegalArgumentException("its config's " + field + " is " + size.asLong()
                            + ", more than the " + parameters + " weights the file holds");
                }
            }
        }
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
