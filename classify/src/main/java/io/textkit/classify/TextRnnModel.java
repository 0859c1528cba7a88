package io.textkit.classify;

import io.textkit.core.nn.DropoutLayer;
import io.textkit.core.nn.Embedding;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.RecurrentState;
import io.textkit.core.nn.Rnn;
import io.textkit.core.optim.Optimizer;
import io.textkit.core.tensor.Pooling;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * A recurrent text classifier (TextRNN): a (bidirectional, multi-layer) LSTM or GRU over the word
 * vectors, pooled over time, then a linear layer. For a text of word ids w_1 … w_n:
 *
 * <pre>
 * x_t  = dropout_e(E[w_t])                                word vectors, dim each
 * →h_t = cell(x_t, →h_{t−1}),  ←h_t = cell'(x_t, ←h_{t+1})  →h_0 = ←h_{n+1} = 0 (and c)
 * o_t  = [→h_t; ←h_t]                                     the last layer's output; layer l+1 reads
 *                                                         dropout(o_t) of layer l
 * LAST: z = [→h_n; ←h_1]                                  each direction after reading the whole text
 * MEAN: z = (1/n) Σ_t o_t
 * MAX:  z = max_t o_t                                     element-wise
 * y    = dropout(z)·W + b                                 logits, one per class
 * </pre>
 *
 * Unidirectional, o_t = →h_t and LAST is →h_n. Padding never enters: {@link Rnn} carries each
 * text's state across its padded steps, and the pooling reads real words only, so a text scores
 * the same alone or in any batch. A text with no words (n = 0) gets z = 0, and so the logits b.
 * Dropout is active in training mode only; the trainer clips the gradient by its global norm, and
 * Adam updates the weights. Parameters, in order: {@code embedding.weight}, the
 * {@code rnn.layer<l>[Reverse].*} cells, {@code output.weight}, {@code output.bias}.
 */
final class TextRnnModel extends ClassifierNetwork {

    private final Embedding embedding;
    private final DropoutLayer embeddingDropout;
    private final Rnn rnn;
    private final DropoutLayer dropout;
    private final Linear output;
    private final TextRnnConfig.Pooling pooling;
    private final double lr;

    /** A model over {@code vocabulary} word ids and {@code classes} labels, initialised from {@code config.seed()}. */
    TextRnnModel(int vocabulary, int classes, TextRnnConfig config) {
        Random random = new Random(config.seed());
        embedding = registerModule("embedding", wordEmbedding(vocabulary, config.dim(), random));
        embeddingDropout = registerModule("embeddingDropout",
                new DropoutLayer((float) config.embeddingDropout(), config.seed() + 3));
        rnn = registerModule("rnn", new Rnn(config.cell().factory(), config.dim(), config.hidden(), config.layers(),
                config.bidirectional(), (float) config.dropout(), random));
        dropout = registerModule("dropout", new DropoutLayer((float) config.dropout(), config.seed() + 1));
        output = registerModule("output", new Linear(rnn.outputSize(), classes, true, random));
        pooling = config.pooling();
        lr = config.learningRate();
    }

    @Override
    Tensor logits(List<int[][]> texts) {
        return forward(TokenBatch.ofTexts(texts, 1, PADDING_ID));
    }

    /** Adam with the config's learning rate. */
    @Override
    Optimizer optimizer() {
        return adam(lr);
    }

    /** The logits, {@code batch × classes}, of a padded batch of at least one step. */
    Tensor forward(TokenBatch input) {
        Tensor x = embeddingDropout.forward(embedding.forward(input.ids()));
        Rnn.Output run = rnn.forward(x, input.batch(), input.mask());
        Tensor pooled = switch (pooling) {
            case LAST -> lastStates(run.finalStates());
            case MEAN -> Pooling.meanOverTime(run.outputs(), input.batch(), input.mask());
            case MAX -> Pooling.maxOverTime(run.outputs(), input.batch(), input.mask());
        };
        return output.forward(dropout.forward(pooled));
    }

    /**
     * The last layer's final h of each direction, side by side: the forward one's at each text's last
     * word, the backward one's at its first ({@link Rnn} carries states across padding); zero for a
     * text with no words.
     */
    private Tensor lastStates(List<RecurrentState> finals) {
        int directions = rnn.directions();
        List<Tensor> last = new ArrayList<>(directions);
        for (int d = 0; d < directions; d++) {
            last.add(finals.get((rnn.layers() - 1) * directions + d).h());
        }
        return directions == 1 ? last.get(0) : Shapes.concatCols(last);
    }

    @Override
    void loadWordVectors(FMatrixRMaj vectors) {
        embedding.loadVectors(vectors);
    }
}
