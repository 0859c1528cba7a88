package io.textkit.seq2seq.lm;

import io.textkit.core.nn.RecurrentState;
import io.textkit.core.tensor.GradientCheck;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Back-propagation through the language model's loss (word vectors, recurrent layers, output layer,
 * from a carried non-zero state) agrees with finite differences, for each cell, two layers and tied
 * embeddings.
 */
class LanguageModelGradientTest {
    private static final int BATCH = 2;
    // Three steps of two streams, time-major, and the next token of each.
    private static final int[] IDS = {2, 3, 4, 5, 1, 2};
    private static final int[] TARGETS = {4, 5, 1, 2, 3, 3};

    @Test
    void lstmLossGradientMatchesFiniteDifferences() {
        check(Fixtures.config("cell", "lstm", "dim", 3, "hidden", 4, "dropout", 0.0, "seed", 3));
    }

    @Test
    void gruLossGradientMatchesFiniteDifferences() {
        check(Fixtures.config("cell", "gru", "dim", 3, "hidden", 4, "dropout", 0.0, "seed", 4));
    }

    @Test
    void twoLayerLossGradientMatchesFiniteDifferences() {
        check(Fixtures.config("cell", "lstm", "dim", 3, "hidden", 3, "layers", 2, "dropout", 0.0, "seed", 5));
    }

    @Test
    void tiedEmbeddingLossGradientMatchesFiniteDifferences() {
        check(Fixtures.config("cell", "gru", "dim", 4, "hidden", 4, "tied", true, "dropout", 0.0, "seed", 6));
    }

    private static void check(LanguageModelConfig config) {
        LanguageModel model = new LanguageModel(config, Fixtures.vocabulary("a", "b", "c", "d"));
        List<RecurrentState> carried = carriedState(config);
        GradientCheck.standard().check(() -> model.loss(IDS, TARGETS, BATCH, carried).value(), model.parameters());
    }

    /** A state as a previous segment leaves it: non-zero and constant. */
    private static List<RecurrentState> carriedState(LanguageModelConfig config) {
        Random random = new Random(11);
        List<RecurrentState> states = new ArrayList<>();
        for (int l = 0; l < config.layers(); l++) {
            Tensor h = Tensor.constant(Tensor.uniform(BATCH, config.hidden(), 0.5f, random).value());
            Tensor c = config.cell() == LanguageModelConfig.Cell.LSTM
                    ? Tensor.constant(Tensor.uniform(BATCH, config.hidden(), 0.5f, random).value()) : null;
            states.add(new RecurrentState(h, c));
        }
        return states;
    }
}
