package io.textkit.classify;

import static io.textkit.classify.ConfigFields.positive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
public record HanConfig(int dim, int wordHidden, int wordAttention, int sentenceHidden, int sentenceAttention,
        double dropout, double learningRate, double clipNorm, int batchSize, int epochs, int patience, int minCount,
        int maxSentences, int maxSentenceLength, long seed, boolean pretrained, TokenizerSettings tokenizer) implements NeuralConfig {
    /** The model file kind. */
    public static final String KIND = "han";

    public HanConfig {
        Objects.requireNonNull(tokenizer, "tokenizer");
        positive("dim", dim);
        positive("wordHidden", wordHidden);
        positive("wordAttention", wordAttention);
        positive("sentenceHidden", sentenceHidden);
        positive("sentenceAttention", sentenceAttention);
        positive("batchSize", batchSize);
        positive("epochs", epochs);
        positive("patience", patience);
        positive("minCount", minCount);
        if (maxSentences < 0) {
            throw new IllegalArgumentException("maxSentences must be ≥ 0 (0 for no limit), got " + maxSentences);
        }
        if (maxSentenceLength < 0) {
            throw new IllegalArgumentException("maxSentenceLength must be ≥ 0 (0 for no limit), got " + maxSentenceLength);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, got " + learningRate);
        }
        if (!(clipNorm >= 0 && clipNorm < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("clipNorm must be finite and ≥ 0 (0 for none), got " + clipNorm);
        }
    }

    /**
     * The paper's sizes with learning rate 0.002 and clipping at norm 5, 20 epochs, patience 5,
     * minCount 1, no length limits, seed 1, random word vectors, whitespace tokens lower-cased.
     */
    public static HanConfig defaults() {
        return new HanConfig(200, 50, 100, 50, 100, 0, 0.002, 5, 64, 20, 5, 1, 0, 0, 1, false,
                TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
    }

    public HanConfig withDim(int value) {
        return new HanConfig(value, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withWordHidden(int value) {
        return new HanConfig(dim, value, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withWordAttention(int value) {
        return new HanConfig(dim, wordHidden, value, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withSentenceHidden(int value) {
        return new HanConfig(dim, wordHidden, wordAttention, value, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withSentenceAttention(int value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, value, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withDropout(double value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, value,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withLearningRate(double value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                value, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withClipNorm(double value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, value, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withBatchSize(int value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, value, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withEpochs(int value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, value, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withPatience(int value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, value, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withMinCount(int value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, value, maxSentences, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withMaxSentences(int value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, value, maxSentenceLength, seed,
                pretrained, tokenizer);
    }

    public HanConfig withMaxSentenceLength(int value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, value, seed,
                pretrained, tokenizer);
    }

    public HanConfig withSeed(long value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, value,
                pretrained, tokenizer);
    }

    public HanConfig withPretrained(boolean value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                value, tokenizer);
    }

    public HanConfig withTokenizer(TokenizerSettings value) {
        return new HanConfig(dim, wordHidden, wordAttention, sentenceHidden, sentenceAttention, dropout,
                learningRate, clipNorm, batchSize, epochs, patience, minCount, maxSentences, maxSentenceLength, seed,
                pretrained, value);
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

    @Override
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("dim", dim);
        node.put("wordHidden", wordHidden);
        node.put("wordAttention", wordAttention);
        node.put("sentenceHidden", sentenceHidden);
        node.put("sentenceAttention", sentenceAttention);
        node.put("dropout", dropout);
        node.put("learningRate", learningRate);
        node.put("clipNorm", clipNorm);
        node.put("batchSize", batchSize);
        node.put("epochs", epochs);
        node.put("patience", patience);
        node.put("minCount", minCount);
        node.put("maxSentences", maxSentences);
        node.put("maxSentenceLength", maxSentenceLength);
        node.put("seed", seed);
        node.put("pretrained", pretrained);
        node.put("optimizer", "adam");
        return node;
    }

    /**
     * Reads what {@link #toJson} wrote, with the tokenizer from the metadata; a file written before
     * {@code pretrained} existed holds a model that started from random vectors.
     */
    static HanConfig fromJson(JsonNode node, TokenizerSettings tokenizer) {
        ConfigFields f = new ConfigFields(KIND, node);
        return new HanConfig(f.integer("dim"), f.integer("wordHidden"), f.integer("wordAttention"),
                f.integer("sentenceHidden"), f.integer("sentenceAttention"), f.number("dropout"),
                f.number("learningRate"), f.number("clipNorm"), f.integer("batchSize"), f.integer("epochs"),
                f.integer("patience"), f.integer("minCount"), f.integer("maxSentences"), f.integer("maxSentenceLength"),
                f.longInteger("seed"), f.bool("pretrained", false), tokenizer);
    }
}
