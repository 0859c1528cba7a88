package io.textkit.classify;

import io.textkit.tokenize.TokenizerSettings;
import java.util.List;

/**
 * The hyper-parameters of a neural text classifier, as plain data: which architecture (the
 * record's type), its sizes, and how it trains. {@link NeuralTrainer} trains any of them. Each is a
 * record that {@link io.textkit.core.config.Configs} reads, writes and copies with fields changed
 * ({@code Configs.with(config, "epochs", 3)}, {@code --set epochs=3}); the model file stores its
 * JSON and reads it back by {@link #kind()}.
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

}
