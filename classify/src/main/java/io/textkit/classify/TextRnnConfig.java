package io.textkit.classify;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.textkit.core.config.Check;
import io.textkit.tokenize.TokenizerSettings;
import java.util.Objects;

/**
 * TextRNN's hyper-parameters, as plain data ({@link TextRnnModel} has the equations).
 * {@link #defaults()}: 300-dimensional word vectors, one bidirectional LSTM layer of 150 units per
 * direction, max-pooling over time, dropout 0.5 on the pooled vector, Adam with lr 1e-3, gradients
 * clipped to global norm 5, mini-batches of 50.
 *
 * @param dim              word vector size
 * @param hidden           units per direction of each recurrent layer
 * @param cell             the recurrent cell
 * @param layers           stacked recurrent layers
 * @param bidirectional    whether each layer also reads the text backwards
 * @param pooling          how the last layer's outputs become one vector per text
 * @param dropout          dropout probability on the pooled vector (and between recurrent layers), in
 *                         [0, 1)
 * @param embeddingDropout dropout probability on the word vectors, in [0, 1)
 * @param learningRate     Adam's learning rate
 * @param clipNorm         gradients are rescaled to this global L2 norm when above it; 0 turns it off
 * @param batchSize        examples per mini-batch
 * @param epochs           passes over the training data (the most, with a development set)
 * @param patience         with a development set, epochs without improvement before stopping early
 * @param minCount         training words seen fewer times map to {@code <unk>}
 * @param seed             seeds initialisation, dropout and the batch shuffles
 * @param pretrained       whether the word vectors start from pretrained ones (then fine-tuned)
 * @param tokenizer        how texts become tokens, at training and prediction time
 */
@JsonIgnoreProperties(value = "optimizer", allowGetters = true)
public record TextRnnConfig(int dim, int hidden, RnnCell cell, int layers, boolean bidirectional, Pooling pooling,
        double dropout, double embeddingDropout, @JsonAlias("lr") double learningRate, double clipNorm, int batchSize,
        int epochs, int patience, int minCount, long seed, boolean pretrained, TokenizerSettings tokenizer)
        implements NeuralConfig {
    /** The model file kind. */
    public static final String KIND = "textrnn";

    public TextRnnConfig {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(pooling, "pooling");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Architectures.checkTraining(dim, batchSize, epochs, patience, minCount);
        Architectures.checkAdam(dropout, learningRate, clipNorm);
        Check.positive("hidden", hidden);
        Check.positive("layers", layers);
        Check.fraction("embeddingDropout", embeddingDropout);
    }

    /** The defaults above, 10 epochs, patience 3, minCount 1, seed 1, whitespace tokens lower-cased. */
    public static TextRnnConfig defaults() {
        return new TextRnnConfig(300, 150, RnnCell.LSTM, 1, true, Pooling.MAX, 0.5, 0, 1e-3, 5, 50, 10, 3, 1, 1,
                false, TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The optimizer the architecture trains with, written to the model file for information. */
    @JsonProperty("optimizer")
    String optimizer() {
        return "adam";
    }

    /** How the recurrent outputs of a text become one vector. */
    public enum Pooling {
        /**
         * The state of each direction after reading the whole text: the forward direction's at the
         * last word, the backward direction's at the first.
         */
        LAST,
        /** The mean of the outputs over the words. */
        MEAN,
        /** The element-wise max of the outputs over the words. */
        MAX
    }
}
