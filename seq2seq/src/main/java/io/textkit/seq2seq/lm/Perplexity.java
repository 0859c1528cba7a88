package io.textkit.seq2seq.lm;

import io.textkit.core.nn.RecurrentState;
import io.textkit.core.tensor.GradMode;
import java.util.List;

/**
 * A language model's perplexity on a token stream, exp(−(1/N) Σ log P(w_{i+1} | w_1 … w_i)) over
 * the N tokens it predicts. The stream is cut as for training ({@link BpttBatches}: {@code batch}
 * parallel streams, each read from the zero state with its state carried from segment to segment),
 * so N is {@code batch·(⌊length/batch⌋ − 1)}; the model runs in evaluation mode (no dropout) and
 * records no graph.
 */
public final class Perplexity {
    /** The streams a held-out text is cut into, as in PyTorch's word-language-model example. */
    public static final int EVALUATION_BATCH = 10;

    private Perplexity() {}

    /**
     * A perplexity and what it was computed from.
     *
     * @param perplexity   exp of the cross-entropy
     * @param crossEntropy the mean negative log-probability of a predicted token, in nats
     * @param tokens       N, the number of predicted tokens
     */
    public record Result(double perplexity, double crossEntropy, long tokens) {}

    /** The perplexity of {@code model} on {@code stream} cut into {@code batch} streams, {@code bptt} steps a segment. */
    public static Result of(LanguageModel model, int[] stream, int batch, int bptt) {
        BpttBatches segments = new BpttBatches(stream, batch, bptt);
        boolean was = model.isTraining();
        model.train(false);
        double total = 0;
        try (GradMode.Scope off = GradMode.disable()) {
            List<RecurrentState> state = null;
            for (int k = 0; k < segments.segments(); k++) {
                LanguageModel.Loss loss = model.loss(segments.inputs(k), segments.targets(k), batch, state);
                total += (double) loss.value().item() * segments.steps(k) * batch;
                state = loss.finalStates();
            }
        } finally {
            model.train(was);
        }
        double crossEntropy = total / segments.predictions();
        return new Result(Math.exp(crossEntropy), crossEntropy, segments.predictions());
    }
}
