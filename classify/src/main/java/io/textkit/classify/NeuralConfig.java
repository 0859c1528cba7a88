package io.textkit.classify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.tokenize.TokenizerSettings;
import java.util.List;
import java.util.Map;

/**
 * The hyper-parameters of a neural text classifier, as plain data: which architecture (the
 * record's type), its sizes, and how it trains. {@link NeuralTrainer} trains any of them; the model
 * file stores {@link #toJson()} and reads it back by {@link #kind()}.
 */
public sealed interface NeuralConfig permits TextCnnConfig, TextRnnConfig, RcnnConfig, HanConfig {

    /** The model file kinds of the neural architectures, one per config type. */
    static List<String> kinds() {
        return Architectures.KINDS;
    }

    /**
     * The default config of the architecture of kind {@code kind} (its paper's settings).
     *
     * @throws IllegalArgumentException for an unknown kind, naming the known ones
     */
    static NeuralConfig defaults(String kind) {
        return Architectures.defaults(kind);
    }

    /**
     * This config with fields replaced by name, as written in {@link #toJson()}: numbers, booleans,
     * enum constants (case-insensitive, {@code -} for {@code _}) and comma-separated lists of numbers,
     * e.g. {@code {"maps": "200", "widths": "2,3,4", "channels": "non-static"}}.
     *
     * @throws IllegalArgumentException naming the field, for a field the config does not have or
     *                                  cannot take, or a value of the wrong type or out of range
     */
    default NeuralConfig with(Map<String, String> settings) {
        return ConfigOverrides.apply(this, settings);
    }

    /** This config with another tokenizer. */
    default NeuralConfig withTokenizer(TokenizerSettings settings) {
        return Architectures.fromJson(kind(), toJson(), settings);
    }

    /** The model file kind, one per architecture ({@code textcnn}, ...). */
    String kind();

    /** Word vector size. */
    int dim();

    /** Examples per mini-batch. */
    int batchSize();

    /** Passes over the training data (the most, with a development set). */
    int epochs();

    /** With a development set, epochs without improvement before stopping early. */
    int patience();

    /** Training words seen fewer times map to {@code <unk>}. */
    int minCount();

    /** Seeds initialisation, dropout and the batch shuffles. */
    long seed();

    /** How texts become tokens, at training and prediction time. */
    TokenizerSettings tokenizer();

    /** True when the word vectors start from pretrained ones, which the trainer then requires. */
    default boolean pretrained() {
        return false;
    }

    /** True when the classifier reads a text as its sentences, each tokenized on its own. */
    default boolean sentences() {
        return false;
    }

    /** Gradients are clipped to this global L2 norm before each step; 0 (the default) for none. */
    default double clipNorm() {
        return 0;
    }

    /** The hyper-parameters for a model file's {@code config}; the tokenizer goes in its metadata. */
    ObjectNode toJson();
}
