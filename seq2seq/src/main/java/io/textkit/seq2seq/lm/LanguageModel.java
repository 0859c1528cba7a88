package io.textkit.seq2seq.lm;

import static io.textkit.core.tensor.Arithmetic.add;
import static io.textkit.core.tensor.Arithmetic.matmulTransB;

import io.textkit.core.nn.DropoutLayer;
import io.textkit.core.nn.Embedding;
import io.textkit.core.nn.Init;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Module;
import io.textkit.core.nn.RecurrentState;
import io.textkit.core.nn.Rnn;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.tensor.Tensor;
import io.textkit.seq2seq.decode.StepModel;
import io.textkit.tokenize.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import org.ejml.data.FMatrixRMaj;

/**
 * A recurrent language model (Mikolov et al. 2010; Zaremba et al. 2014): the probability of the next
 * word given every word before it. For word ids w_1 … w_n read from state s_0:
 *
 * <pre>
 * x_t = dropout(E[w_t])                       word vectors, dim each
 * h_t = rnn(x_t, s_{t−1})                     LSTM or GRU layers, dropout between them
 * y_t = dropout(h_t)·W + b                    logits over the vocabulary; tied: W = Eᵀ
 * P(w_{t+1} | w_1 … w_t) = softmax(y_t)
 * </pre>
 *
 * <p>Training reads one long stream ({@link TokenStream}) and carries the state across segments
 * ({@link LanguageModelTrainer}); {@code </s>} ends every line, and a text generated from scratch
 * starts from the zero state after reading {@code </s>}, the way every sentence but the first of the
 * training stream starts.
 *
 * <p>As a {@link StepModel} (what greedy search, beam search and sampling decode from) a row's
 * state is the recurrent state of every layer; {@link #bos()} and {@link #eos()} are both
 * {@code </s>}. The decoders need no gradient and no dropout: {@link #start}, {@link #step} and
 * {@link #select} run in evaluation mode without recording the graph, whatever mode the model is
 * in. Parameters, in order: {@code embedding.weight}, the {@code rnn.layer<l>.*} cells, then
 * {@code output.weight} and {@code output.bias}, or {@code outputBias} alone when tied.
 */
public final class LanguageModel extends Module implements StepModel<LanguageModel.State> {
    /** The initial word vectors are U(±0.1), as in Zaremba et al.'s and PyTorch's examples. */
    private static final float EMBEDDING_INIT = 0.1f;

    private final LanguageModelConfig config;
    private final Vocabulary vocabulary;
    private final int endOfSentence;
    private final Embedding embedding;
    private final DropoutLayer inputDropout;
    private final Rnn rnn;
    private final DropoutLayer outputDropout;
    private final Linear output;
    private final Tensor outputBias;

    /**
     * What a run over a segment gives: logits, {@code (time·batch) × vocabulary}, time-major, and
     * each layer's final state, to carry into the next segment.
     */
    public record Output(Tensor logits, List<RecurrentState> finalStates) {
        public Output {
            finalStates = List.copyOf(finalStates);
        }
    }

    /**
     * The decoding state of a batch of rows: each layer's recurrent state ({@code rows × hidden}),
     * and for each row the token its next step reads instead of the decoder's last token, or −1 (the
     * last word of a prompt, which {@link #start} leaves for the first step).
     */
    public record State(List<RecurrentState> layers, int[] pending) {
        public State {
            layers = List.copyOf(layers);
        }

        /** The number of rows. */
        public int rows() {
            return pending.length;
        }
    }

    /**
     * A fresh model over {@code vocabulary}, which must hold {@link TokenStream#SPECIALS}, initialised
     * from {@code config.seed()}.
     */
    public LanguageModel(LanguageModelConfig config, Vocabulary vocabulary) {
        this.config = Objects.requireNonNull(config, "config");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.endOfSentence = vocabulary.id(Vocabulary.EOS);
        if (endOfSentence < 0 || vocabulary.id(Vocabulary.UNK) < 0) {
            throw new IllegalArgumentException("a language model's vocabulary needs " + TokenStream.SPECIALS
                    + "; this one starts " + vocabulary.specials());
        }
        Random random = new Random(config.seed());
        int size = vocabulary.size();
        embedding = registerModule("embedding", new Embedding(size, config.dim(), random));
        embedding.loadVectors(Init.uniform(size, config.dim(), EMBEDDING_INIT, random).value());
        float p = (float) config.dropout();
        inputDropout = registerModule("inputDropout", new DropoutLayer(p, config.seed() + 1));
        rnn = registerModule("rnn", new Rnn(config.cell().factory(), config.dim(), config.hidden(), config.layers(),
                false, p, random));
        outputDropout = registerModule("outputDropout", new DropoutLayer(p, config.seed() + 2));
        if (config.tied()) {
            output = null;
            outputBias = registerParameter("outputBias", Init.zeros(1, size));
        } else {
            output = registerModule("output", new Linear(config.hidden(), size, true, random));
            outputBias = null;
        }
    }

    public LanguageModelConfig config() {
        return config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Runs the network over {@code ids} (read only), time-major for {@code batch} streams, from
     * {@code initial} (one state per layer, as {@link Output#finalStates()} gives) or from zero
     * states when {@code null}.
     */
    public Output forward(int[] ids, int batch, List<RecurrentState> initial) {
        return forward(ids, batch, null, initial);
    }

    /**
     * The mean cross-entropy of predicting {@code targets} (time-major like {@code ids}) and the
     * final states; exp of the loss is the segment's perplexity.
     */
    public Loss loss(int[] ids, int[] targets, int batch, List<RecurrentState> initial) {
        Output out = forward(ids, batch, initial);
        return new Loss(SoftmaxCrossEntropy.mean(out.logits(), targets), out.finalStates());
    }

    /** A segment's mean cross-entropy ({@code 1 × 1}) and the states to carry on from. */
    public record Loss(Tensor value, List<RecurrentState> finalStates) {}

    private Output forward(int[] ids, int batch, float[] mask, List<RecurrentState> initial) {
        Tensor x = inputDropout.forward(embedding.forward(ids));
        Rnn.Output run = rnn.forward(x, batch, mask, initial);
        Tensor h = outputDropout.forward(run.outputs());
        Tensor logits = output != null ? output.forward(h) : add(matmulTransB(h, embedding.weight()), outputBias);
        return new Output(logits, run.finalStates());
    }

    @Override
    public int vocabularySize() {
        return vocabulary.size();
    }

    @Override
    public int bos() {
        return endOfSentence;
    }

    @Override
    public int eos() {
        return endOfSentence;
    }

    /**
     * The state after reading {@code </s>} and every word of each prompt but its last, which the
     * first step reads (instead of {@link #bos()}); an empty prompt starts from the zero state and
     * its first step reads {@code </s>}. So the first step's log-probabilities are those of the word
     * after the prompt.
     */
    @Override
    public State start(int[][] prompts) {
        return evaluating(() -> {
            int rows = prompts.length;
            int[] pending = new int[rows];
            int time = 0;
            for (int r = 0; r < rows; r++) {
                for (int id : prompts[r]) {
                    checkId(id);
                }
                pending[r] = prompts[r].length == 0 ? -1 : prompts[r][prompts[r].length - 1];
                time = Math.max(time, prompts[r].length);
            }
            if (time == 0) {
                return new State(zeroStates(rows), pending);
            }
            // Row r reads </s> w_1 … w_{n−1}: n steps, padded (and its state held) after them.
            int[] ids = new int[time * rows];
            float[] mask = new float[time * rows];
            for (int r = 0; r < rows; r++) {
                int n = prompts[r].length;
                for (int t = 0; t < n; t++) {
                    ids[t * rows + r] = t == 0 ? endOfSentence : prompts[r][t - 1];
                    mask[t * rows + r] = 1f;
                }
            }
            return new State(forward(ids, rows, mask, null).finalStates(), pending);
        });
    }

    @Override
    public Step<State> step(State state, int[] lastTokens) {
        if (lastTokens.length != state.rows()) {
            throw new IllegalArgumentException("step: " + lastTokens.length + " last tokens for " + state.rows() + " rows");
        }
        return evaluating(() -> {
            int rows = state.rows();
            int[] ids = new int[rows];
            for (int r = 0; r < rows; r++) {
                ids[r] = state.pending()[r] >= 0 ? state.pending()[r] : checkId(lastTokens[r]);
            }
            Output out = forward(ids, rows, null, state.layers());
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return new Step<>(new State(out.finalStates(), none), Activations.logSoftmax(out.logits()).data(), null);
        });
    }

    @Override
    public State select(State state, int[] rows) {
        List<RecurrentState> layers = new ArrayList<>(state.layers().size());
        for (RecurrentState s : state.layers()) {
            layers.add(new RecurrentState(rowsOf(s.h(), rows), s.c() == null ? null : rowsOf(s.c(), rows)));
        }
        int[] pending = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            pending[i] = state.pending()[rows[i]];
        }
        return new State(layers, pending);
    }

    private List<RecurrentState> zeroStates(int rows) {
        List<RecurrentState> states = new ArrayList<>(config.layers());
        for (int l = 0; l < config.layers(); l++) {
            Tensor h = Tensor.zeros(rows, config.hidden());
            states.add(new RecurrentState(h, config.cell() == LanguageModelConfig.Cell.LSTM
                    ? Tensor.zeros(rows, config.hidden()) : null));
        }
        return states;
    }

    private static Tensor rowsOf(Tensor t, int[] rows) {
        int cols = t.cols();
        FMatrixRMaj out = new FMatrixRMaj(rows.length, cols);
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(t.data(), rows[i] * cols, out.data, i * cols, cols);
        }
        return Tensor.constant(out);
    }

    private int checkId(int id) {
        if (id < 0 || id >= vocabulary.size()) {
            throw new IllegalArgumentException("token id " + id + " is outside the vocabulary of " + vocabulary.size());
        }
        return id;
    }

    /** Runs {@code body} in evaluation mode without recording the graph, then restores the mode. */
    private <T> T evaluating(Supplier<T> body) {
        boolean was = isTraining();
        train(false);
        try (GradMode.Scope off = GradMode.disable()) {
            return body.get();
        } finally {
            train(was);
        }
    }
}
