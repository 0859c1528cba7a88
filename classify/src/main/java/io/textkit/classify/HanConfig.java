package io.textkit.classify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.textkit.core.config.Check;
import io.textkit.core.config.WhenAbsent;
import io.textkit.tokenize.TokenizerSettings;
import java.util.Objects;

/**
 * The hyper-parameters of a hierarchical attention network (HAN), as plain data. {@link #defaults()}
 * takes Yang et al.'s (2016) sizes: 200-dimensional word vectors, bidirectional GRUs of 50 units per
 * direction at the word and at the sentence level, attention context vectors of 100, no dropout,
 * mini-batches of 64. It trains with Adam where the paper used SGD with momentum 0.9 (see
 * {@link HanModel#optimizer()}), and clips gradients, which the paper does not mention.
 *
 * @param dim                word vector size
 * @param wordHidden         word-level GRU units per direction
 * @param wordAttention      size of the word attention's hidden layer and context vector u_w
 * @param sentenceHidden     sentence-level GRU units per direction
 * @param sentenceAttention  size of the sentence attention's hidden layer and context vector u_s
 * @param dropout            dropout probability on the word vectors and on the document vector, in [0, 1)
 * @param learningRate       Adam's learning rate
 * @param clipNorm           gradients are clipped to this global L2 norm before each step; 0 for none
 * @param batchSize          documents per mini-batch
 * @param epochs             passes over the training data (the most, with a development set)
 * @param patience           with a development set, epochs without improvement before stopping early
 * @param minCount           training words seen fewer times map to {@code <unk>}
 * @param maxSentences       a document's sentences after this many are ignored; 0 for no limit
 * @param maxSentenceLength  a sentence's words after this many are ignored; 0 for no limit
 * @param seed               seeds initialisation, dropout and the batch shuffles
 * @param pretrained         whether the word vectors start from pretrained ones (then fine-tuned), as the
 *                           paper's started from word2vec
 * @param tokenizer          how each sentence becomes tokens, at training and prediction time
 */
@JsonIgnoreProperties(value = "optimizer", allowGetters = true)
public record HanConfig(int dim, int wordHidden, int wordAttention, int sentenceHidden, int sentenceAttention,
        double dropout, double learningRate, double clipNorm, int batchSize, int epochs, int patience, int minCount,
        int maxSentences, int maxSentenceLength, long seed, @WhenAbsent("false") boolean pretrained,
        TokenizerSettings tokenizer) implements NeuralConfig {
    /** The model file kind. */
    public static final String KIND = "han";

    public HanConfig {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Architectures.checkTraining(dim, batchSize, epochs, patience, minCount);
        Architectures.checkAdam(dropout, learningRate, clipNorm);
        Check.positive("wordHidden", wordHidden);
        Check.positive("wordAttention", wordAttention);
        Check.positive("sentenceHidden", sentenceHidden);
        Check.positive("sentenceAttention", sentenceAttention);
        Check.nonNegative("maxSentences", maxSentences, "no limit");
        Check.nonNegative("maxSentenceLength", maxSentenceLength, "no limit");
    }

    /**
     * The paper's sizes with learning rate 0.002 and clipping at norm 5, 20 epochs, patience 5,
     * minCount 1, no length limits, seed 1, random word vectors, whitespace tokens lower-cased.
     */
    public static HanConfig defaults() {
        return new HanConfig(200, 50, 100, 50, 100, 0, 0.002, 5, 64, 20, 5, 1, 0, 0, 1, false,
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

    /** HAN reads a document as its sentences. */
    @Override
    public boolean sentences() {
        return true;
    }

}
