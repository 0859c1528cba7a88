package io.textkit.classify;

import io.textkit.core.nn.DropoutLayer;
import io.textkit.core.nn.Embedding;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Rnn;
import io.textkit.core.optim.Optimizer;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Pooling;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * The recurrent convolutional network of Lai et al. (2015), "Recurrent Convolutional Neural Networks
 * for Text Classification". For a text of word ids w_1 … w_n, with e_i = E[w_i]:
 *
 * <pre>
 * c_l(w_i) = →h_{i−1},  →h_i = cell(e_i, →h_{i−1}),  →h_0 = 0      left context: words 1 … i−1
 * c_r(w_i) = ←h_{i+1},  ←h_i = cell'(e_i, ←h_{i+1}),  ←h_{n+1} = 0  right context: words i+1 … n
 * x_i      = [c_l(w_i); e_i; c_r(w_i)]                            2·context + dim
 * y_i      = tanh(x_i·W + b)                                       the "latent semantic" vector, hidden
 * z        = max_i y_i                                             element-wise, over the n words
 * logits   = dropout(z)·W_o + b_o
 * </pre>
 *
 * This is the paper's equations (1)–(2): the left context of w_i is the forward recurrent state
 * <em>before</em> reading w_i, the right context the backward state before reading it from the
 * right, so a word's own vector enters x_i once, directly. (Many implementations use the states
 * <em>at</em> i instead, {@code [→h_i; e_i; ←h_i]}.) Differences from the paper: the contexts come
 * from an LSTM or GRU (the paper used a plain tanh RNN), the outer contexts c_l(w_1) and c_r(w_n)
 * are zero instead of learned, there is dropout on z, and training uses Adam with gradient
 * clipping instead of SGD. Padding never enters: {@link Rnn} carries each text's state across its
 * padded steps and the max reads real words only, so a text scores the same alone or in any batch;
 * a text with no words gets z = 0, and so the logits b_o. Parameters, in order:
 * {@code embedding.weight}, the {@code contexts.layer0[Reverse].*} cells, {@code projection.weight},
 * {@code projection.bias}, {@code output.weight}, {@code output.bias}.
 */
final class RcnnModel extends ClassifierNetwork {

    private final Embedding embedding;
    private final Rnn contexts;
    private final Linear projection;
    private final DropoutLayer dropout;
    private final Linear output;
    private final int context;
    private final double lr;

    /** A model over {@code vocabulary} word ids and {@code classes} labels, initialised from {@code config.seed()}. */
    RcnnModel(int vocabulary, int classes, RcnnConfig config) {
        Random random = new Random(config.seed());
        embedding = registerModule("embedding", wordEmbedding(vocabulary, config.dim(), random));
        contexts = registerModule("contexts",
                new Rnn(config.cell().factory(), config.dim(), config.context(), 1, true, random));
        projection = registerModule("projection",
                new Linear(2 * config.context() + config.dim(), config.hidden(), true, random));
        dropout = registerModule("dropout", new DropoutLayer((float) config.dropout(), config.seed() + 1));
        output = registerModule("output", new Linear(config.hidden(), classes, true, random));
        context = config.context();
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
        int batch = input.batch();
        Tensor e = embedding.forward(input.ids());
        Tensor states = contexts.forward(e, batch, input.mask()).outputs();
        // Rnn's outputs are zero at padded steps, so the step after a text's last word holds the
        // zero ←h_{n+1}; shifting by one step (batch rows) gives each word its neighbours' states.
        Tensor left = shift(Shapes.sliceCols(states, 0, context), batch, true);
        Tensor right = shift(Shapes.sliceCols(states, context, context), batch, false);
        Tensor y = Activations.tanh(projection.forward(Shapes.concatCols(List.of(left, e, right))));
        return output.forward(dropout.forward(Pooling.maxOverTime(y, batch, input.mask())));
    }

    /**
     * A time-major {@code (time·batch) × context} sequence moved one step later ({@code later}: row
     * block t holds step t − 1) or earlier (step t + 1), with zeros in the step left empty.
     */
    private static Tensor shift(Tensor states, int batch, boolean later) {
        int rows = states.rows();
        if (rows == batch) {
            return Tensor.zeros(batch, states.cols());
        }
        Tensor zeros = Tensor.zeros(batch, states.cols());
        return later
                ? Shapes.concatRows(List.of(zeros, Shapes.sliceRows(states, 0, rows - batch)))
                : Shapes.concatRows(List.of(Shapes.sliceRows(states, batch, rows - batch), zeros));
    }

    @Override
    void loadWordVectors(FMatrixRMaj vectors) {
        embedding.loadVectors(vectors);
    }
}
