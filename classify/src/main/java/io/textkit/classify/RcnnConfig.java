package io.textkit.classify;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.textkit.core.config.Check;
import io.textkit.tokenize.TokenizerSettings;
import java.util.Objects;

/**
 * The hyper-parameters of the recurrent convolutional network (Lai et al. 2015), as plain data
 * ({@link RcnnModel} has the equations). {@link #defaults()}: 300-dimensional word vectors, left and
 * right contexts of 100 from a bidirectional LSTM, a 100-unit tanh projection, dropout 0.5 on the
 * pooled vector, Adam with lr 1e-3, gradients clipped to global norm 5, mini-batches of 50. (The
 * paper: 50-dimensional skip-gram vectors, contexts of 50 from a plain RNN, projection 100, SGD with
 * lr 0.01, no dropout.)
 *
 * @param dim        word vector size
 * @param context    size of the left and of the right context vector (units per direction)
 * @param cell       the recurrent cell that computes the contexts
 * @param hidden     size of the tanh projection of [left context; word vector; right context]
 * @param dropout    dropout probability on the pooled vector, in [0, 1)
 * @param learningRate Adam's learning rate
 * @param clipNorm   gradients are rescaled to this global L2 norm when above it; 0 turns it off
 * @param batchSize  examples per mini-batch
 * @param epochs     passes over the training data (the most, with a development set)
 * @param patience   with a development set, epochs without improvement before stopping early
 * @param minCount   training words seen fewer times map to {@code <unk>}
 * @param seed       seeds initialisation, dropout and the batch shuffles
 * @param pretrained whether the word vectors start from pretrained ones (then fine-tuned)
 * @param tokenizer  how texts become tokens, at training and prediction time
 */
@JsonIgnoreProperties(value = "optimizer", allowGetters = true)
public record RcnnConfig(int dim, int context, RnnCell cell, int hidden, double dropout,
        @JsonAlias("lr") double learningRate, double clipNorm, int batchSize, int epochs, int patience, int minCount,
        long seed, boolean pretrained, TokenizerSettings tokenizer) implements NeuralConfig {
    /** The model file kind. */
    public static final String KIND = "rcnn";

    public RcnnConfig {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Architectures.checkTraining(dim, batchSize, epochs, patience, minCount);
        Architectures.checkAdam(dropout, learningRate, clipNorm);
        Check.positive("context", context);
        Check.positive("hidden", hidden);
    }

    /** The defaults above, 10 epochs, patience 3, minCount 1, seed 1, whitespace tokens lower-cased. */
    public static RcnnConfig defaults() {
        return new RcnnConfig(300, 100, RnnCell.LSTM, 100, 0.5, 1e-3, 5, 50, 10, 3, 1, 1, false,
                TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
    }

    /** The optimizer the architecture trains with, written to the model file for information. */
    @JsonProperty("optimizer")
    String optimizer() {
        return "adam";
    }

    @Override
    public String kind() {
        return KIND;
    }

}
