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
 * @param lr         Adam's learning rate
 * @param clipNorm   gradients are rescaled to this global L2 norm when above it; 0 turns it off
 * @param batchSize  examples per mini-batch
 * @param epochs     passes over the training data (the most, with a development set)
 * @param patience   with a development set, epochs without improvement before stopping early
 * @param minCount   training words seen fewer times map to {@code <unk>}
 * @param seed       seeds initialisation, dropout and the batch shuffles
 * @param pretrained whether the word vectors start from pretrained ones (then fine-tuned)
 * @param tokenizer  how texts become tokens, at training and prediction time
 */
public record RcnnConfig(int dim, int context, RnnCell cell, int hidden, double dropout, double lr, double clipNorm,
        int batchSize, int epochs, int patience, int minCount, long seed, boolean pretrained,
        TokenizerSettings tokenizer) implements NeuralConfig {
    /** The model file kind. */
    public static final String KIND = "rcnn";

    public RcnnConfig {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(tokenizer, "tokenizer");
        positive("dim", dim);
        positive("context", context);
        positive("hidden", hidden);
        positive("batchSize", batchSize);
        positive("epochs", epochs);
        positive("patience", patience);
        positive("minCount", minCount);
        probability("dropout", dropout);
        positiveFinite("lr", lr);
        nonNegative("clipNorm", clipNorm);
    }

    /** The defaults above, 10 epochs, patience 3, minCount 1, seed 1, whitespace tokens lower-cased. */
    public static RcnnConfig defaults() {
        return new RcnnConfig(300, 100, RnnCell.LSTM, 100, 0.5, 1e-3, 5, 50, 10, 3, 1, 1, false,
                TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
    }

    public RcnnConfig withDim(int value) {
        return new RcnnConfig(value, context, cell, hidden, dropout, lr, clipNorm, batchSize, epochs, patience,
                minCount, seed, pretrained, tokenizer);
    }

    public RcnnConfig withContext(int value) {
        return new RcnnConfig(dim, value, cell, hidden, dropout, lr, clipNorm, batchSize, epochs, patience, minCount,
                seed, pretrained, tokenizer);
    }

    public RcnnConfig withCell(RnnCell value) {
        return new RcnnConfig(dim, context, value, hidden, dropout, lr, clipNorm, batchSize, epochs, patience,
                minCount, seed, pretrained, tokenizer);
    }

    public RcnnConfig withHidden(int value) {
        return new RcnnConfig(dim, context, cell, value, dropout, lr, clipNorm, batchSize, epochs, patience, minCount,
                seed, pretrained, tokenizer);
    }

    public RcnnConfig withDropout(double value) {
        return new RcnnConfig(dim, context, cell, hidden, value, lr, clipNorm, batchSize, epochs, patience, minCount,
                seed, pretrained, tokenizer);
    }

    public RcnnConfig withLr(double value) {
        return new RcnnConfig(dim, context, cell, hidden, dropout, value, clipNorm, batchSize, epochs, patience,
                minCount, seed, pretrained, tokenizer);
    }

    public RcnnConfig withClipNorm(double value) {
        return new RcnnConfig(dim, context, cell, hidden, dropout, lr, value, batchSize, epochs, patience, minCount,
                seed, pretrained, tokenizer);
    }

    public RcnnConfig withBatchSize(int value) {
        return new RcnnConfig(dim, context, cell, hidden, dropout, lr, clipNorm, value, epochs, patience, minCount,
                seed, pretrained, tokenizer);
    }

    public RcnnConfig withEpochs(int value) {
        return new RcnnConfig(dim, context, cell, hidden, dropout, lr, clipNorm, batchSize, value, patience, minCount,
                seed, pretrained, tokenizer);
    }

    public RcnnConfig withPatience(int value) {
        return new RcnnConfig(dim, context, cell, hidden, dropout, lr, clipNorm, batchSize, epochs, value, minCount,
                seed, pretrained, tokenizer);
    }

    public RcnnConfig withMinCount(int value) {
        return new RcnnConfig(dim, context, cell, hidden, dropout, lr, clipNorm, batchSize, epochs, patience, value,
                seed, pretrained, tokenizer);
    }

    public RcnnConfig withSeed(long value) {
        return new RcnnConfig(dim, context, cell, hidden, dropout, lr, clipNorm, batchSize, epochs, patience,
                minCount, value, pretrained, tokenizer);
    }

    public RcnnConfig withPretrained(boolean value) {
        return new RcnnConfig(dim, context, cell, hidden, dropout, lr, clipNorm, batchSize, epochs, patience,
                minCount, seed, value, tokenizer);
    }

    public RcnnConfig withTokenizer(TokenizerSettings value) {
        return new RcnnConfig(dim, context, cell, hidden, dropout, lr, clipNorm, batchSize, epochs, patience,
                minCount, seed, pretrained, value);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("dim", dim);
        node.put("context", context);
        node.put("cell", cell.name());
        node.put("hidden", hidden);
        node.put("dropout", dropout);
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
    static RcnnConfig fromJson(JsonNode node, TokenizerSettings tokenizer) {
        ConfigFields f = new ConfigFields(KIND, node);
        return new RcnnConfig(f.integer("dim"), f.integer("context"), f.choice("cell", RnnCell.class),
                f.integer("hidden"), f.number("dropout"), f.number("lr"), f.number("clipNorm"), f.integer("batchSize"),
                f.integer("epochs"), f.integer("patience"), f.integer("minCount"), f.longInteger("seed"),
                f.bool("pretrained"), tokenizer);
    }
}
