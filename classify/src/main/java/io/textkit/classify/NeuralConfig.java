package io.textkit.classify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.tokenize.TokenizerSettings;

/**
 * The hyper-parameters of a neural text classifier, as plain data: which architecture (the
 * record's type), its sizes, and how it trains. {@link NeuralTrainer} trains any of them; the model
 * file stores {@link #toJson()} and reads it back by {@link #kind()}.
 */
public sealed interface NeuralConfig permits TextCnnConfig, HanConfig {

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
