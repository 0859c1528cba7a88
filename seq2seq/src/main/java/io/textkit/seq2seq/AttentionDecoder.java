package io.textkit.seq2seq;

import static io.textkit.core.tensor.Activations.tanh;
import static io.textkit.core.tensor.Arithmetic.add;
import static io.textkit.core.tensor.Arithmetic.matmulTransB;

import io.textkit.core.nn.Embedding;
import io.textkit.core.nn.Init;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Module;
import io.textkit.core.nn.RecurrentCell;
import io.textkit.core.nn.RecurrentState;
import io.textkit.core.tensor.Dropout;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.Random;

/**
 * The translator's decoder, one step for all rows at once (Luong et al. 2015, with the score
 * function of the {@link AttentionKind}):
 *
 * <pre>
 *   s_0 = tanh(W_b [→h_n ; ←h_1] + b_b)                 (bridge from the encoder's final states;
 *                                                         an LSTM's memory cell starts at zero)
 *   x_t = [E y_{t−1} ; h̃_{t−1}]                          (h̃_{t−1} only with input feeding)
 *   s_t = cell(x_t, s_{t−1})
 *   c_t = attention(s_t, source memory)
 *   h̃_t = tanh(W_c [c_t ; s_t])
 *   logits_t = h̃_t W_o + b_o                            (W_o = Eᵀ with tied embeddings)
 * </pre>
 *
 * <p>Dropout, when a random source is given, applies to E y and to h̃ (the dropped h̃ is both fed
 * back and read by the output layer). The output layer is separate from the step so that training
 * computes the logits of every step in one product.
 */
final class AttentionDecoder extends Module {
    private final Embedding embedding;
    private final Linear bridge;
    private final RecurrentCell cell;
    private final SourceAttention attention;
    private final Linear combine;
    private final Linear output;
    private final Tensor outputBias;
    private final boolean inputFeeding;
    private final boolean lstm;
    private final float dropout;
    private final int outputSize;

    AttentionDecoder(TranslatorConfig config, int vocabularySize, int padId, Random random) {
        int memory = 2 * config.hidden();
        int hidden = config.decoderHidden();
        outputSize = config.outputSize();
        inputFeeding = config.inputFeeding();
        lstm = config.cell() == CellKind.LSTM;
        dropout = (float) config.dropout();
        embedding = registerModule("embedding", new Embedding(vocabularySize, config.embedding(), padId, random));
        bridge = registerModule("bridge", new Linear(memory, hidden, true, random));
        int in = config.embedding() + (inputFeeding ? outputSize : 0);
        cell = registerModule("cell", config.cell().factory().create(in, hidden, random));
        attention = registerModule("attention",
                new SourceAttention(config.attention(), hidden, memory, config.attentionSize(), random));
        combine = registerModule("combine", new Linear(memory + hidden, outputSize, false, random));
        if (config.tieEmbeddings()) {
            output = null;
            outputBias = registerParameter("outputBias", Init.zeros(1, vocabularySize));
        } else {
            output = registerModule("output", new Linear(outputSize, vocabularySize, true, random));
            outputBias = null;
        }
    }

    SourceAttention attention() {
        return attention;
    }

    /** The state before the first step: one row per sentence, from the encoder's final states. */
    DecoderState start(Tensor encoderFinal, SourceMemory memory) {
        int rows = encoderFinal.rows();
        Tensor h = tanh(bridge.forward(encoderFinal));
        Tensor c = lstm ? Tensor.zeros(rows, h.cols()) : null;
        Tensor feed = inputFeeding ? Tensor.zeros(rows, outputSize) : null;
        int[] sentenceOf = new int[rows];
        for (int r = 0; r < rows; r++) {
            sentenceOf[r] = r;
        }
        return new DecoderState(h, c, feed, sentenceOf, memory);
    }

    /** What one step gives: the next state, the (dropped) attentional vector h̃ and the attention weights. */
    record Step(DecoderState state, Tensor attentional, float[] weights) {}

    /** One step of every row from its previous token; {@code random} draws dropout, {@code null} for none. */
    Step step(DecoderState state, int[] tokens, Random random) {
        Tensor x = dropped(embedding.forward(tokens), random);
        if (inputFeeding) {
            x = Shapes.concatCols(x, state.feed());
        }
        RecurrentState next = cell.forward(x, new RecurrentState(state.hidden(), state.cell()));
        SourceAttention.Attended attended = attention.attend(next.h(), state.memory(), state.sentenceOf());
        Tensor attentional = dropped(tanh(combine.forward(Shapes.concatCols(attended.context(), next.h()))), random);
        DecoderState after = new DecoderState(next.h(), next.c(), inputFeeding ? attentional : null, state.sentenceOf(),
                state.memory());
        return new Step(after, attentional, attended.weights());
    }

    /** The vocabulary logits of attentional vectors, {@code rows × outputSize → rows × vocabulary}. */
    Tensor logits(Tensor attentional) {
        return output == null ? add(matmulTransB(attentional, embedding.weight()), outputBias) : output.forward(attentional);
    }

    private Tensor dropped(Tensor x, Random random) {
        return random == null || dropout == 0 ? x : Dropout.apply(x, dropout, random);
    }
}
