package io.textkit.classify;

import static io.textkit.classify.ConfigFields.nonNegative;
import static io.textkit.classify.ConfigFields.positive;
import static io.textkit.classify.ConfigFields.positiveFinite;
import static io.textkit.classify.ConfigFields.probability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * @param lr               Adam's learning rate
 * @param clipNorm         gradients are rescaled to this global L2 norm when above it; 0 turns it off
 * @param batchSize        examples per mini-batch
 * @param epochs           passes over the training data (the most, with a development set)
 * @param patience         with a development set, epochs without improvement before stopping early
 * @param minCount         training words seen fewer times map to {@code <unk>}
 * @param seed             seeds initialisation, dropout and the batch shuffles
 * @param pretrained       whether the word vectors start from pretrained ones (then fine-tuned)
 * @param tokenizer        how texts become tokens, at training and prediction time
 */
public record TextRnnConfig(int dim, int hidden, RnnCell cell, int layers, boolean bidirectional, Pooling pooling,
        double dropout, double embeddingDropout, double lr, double clipNorm, int batchSize, int epochs, int patience,
        int minCount, long seed, boolean pretrained, TokenizerSettings tokenizer) implements NeuralConfig {
    /** The model file kind. */
    public static final String KIND = "textrnn";

    public TextRnnConfig {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(pooling, "pooling");
        Objects.requireNonNull(tokenizer, "tokenizer");
        positive("dim", dim);
        positive("hidden", hidden);
        positive("layers", layers);
        positive("batchSize", batchSize);
        positive("epochs", epochs);
        positive("patience", patience);
        positive("minCount", minCount);
        probability("dropout", dropout);
        probability("embeddingDropout", embeddingDropout);
        positiveFinite("lr", lr);
        nonNegative("clipNorm", clipNorm);
    }

    /** The defaults above, 10 epochs, patience 3, minCount 1, seed 1, whitespace tokens lower-cased. */
    public static TextRnnConfig defaults() {
        return new TextRnnConfig(300, 150, RnnCell.LSTM, 1, true, Pooling.MAX, 0.5, 0, 1e-3, 5, 50, 10, 3, 1, 1,
                false, TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
    }

    public TextRnnConfig withDim(int value) {
        return new TextRnnConfig(value, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withHidden(int value) {
        return new TextRnnConfig(dim, value, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withCell(RnnCell value) {
        return new TextRnnConfig(dim, hidden, value, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withLayers(int value) {
        return new TextRnnConfig(dim, hidden, cell, value, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withBidirectional(boolean value) {
        return new TextRnnConfig(dim, hidden, cell, layers, value, pooling, dropout, embeddingDropout, lr, clipNorm,
                batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withPooling(Pooling value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, value, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withDropout(double value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, value, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withEmbeddingDropout(double value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, value, lr, clipNorm,
                batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withLr(double value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, value,
                clipNorm, batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withClipNorm(double value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                value, batchSize, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withBatchSize(int value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, value, epochs, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withEpochs(int value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, value, patience, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withPatience(int value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, value, minCount, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withMinCount(int value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, value, seed, pretrained, tokenizer);
    }

    public TextRnnConfig withSeed(long value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, minCount, value, pretrained, tokenizer);
    }

    public TextRnnConfig withPretrained(boolean value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, minCount, seed, value, tokenizer);
    }

    public TextRnnConfig withTokenizer(TokenizerSettings value) {
        return new TextRnnConfig(dim, hidden, cell, layers, bidirectional, pooling, dropout, embeddingDropout, lr,
                clipNorm, batchSize, epochs, patience, minCount, seed, pretrained, value);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("dim", dim);
        node.put("hidden", hidden);
        node.put("cell", cell.name());
        node.put("layers", layers);
        node.put("bidirectional", bidirectional);
        node.put("pooling", pooling.name());
        node.put("dropout", dropout);
        node.put("embeddingDropout", embeddingDropout);
        node.put("lr", lr);
        node.put("clipNorm", clipNorm);
        node.put("batchSize", batchSize);
        node.put("epochs", epochs);
        node.put("patience", patience);
        node.put("minCount", minCount);
        node.put("seed", seed);
        node.put("pretrained", pretrained);
        node.put("optimizer", "adam");
        return node;
    }

    /** Reads what {@link #toJson} wrote, with the tokenizer from the metadata. */
    static TextRnnConfig fromJson(JsonNode node, TokenizerSettings tokenizer) {
        ConfigFields f = new ConfigFields(KIND, node);
        return new TextRnnConfig(f.integer("dim"), f.integer("hidden"), f.choice("cell", RnnCell.class),
                f.integer("layers"), f.bool("bidirectional"), f.choice("pooling", Pooling.class), f.number("dropout"),
                f.number("embeddingDropout"), f.number("lr"), f.number("clipNorm"), f.integer("batchSize"),
                f.integer("epochs"), f.integer("patience"), f.integer("minCount"), f.longInteger("seed"),
                f.bool("pretrained"), tokenizer);
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
