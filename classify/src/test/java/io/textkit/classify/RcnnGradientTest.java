package io.textkit.classify;

import io.textkit.core.config.Configs;
import io.textkit.core.nn.Losses;
import io.textkit.core.tensor.GradientCheck;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Back-propagation through the whole RCNN agrees with finite differences. */
class RcnnGradientTest {

    @ParameterizedTest
    @EnumSource(RnnCell.class)
    void lossGradientMatchesFiniteDifferences(RnnCell cell) {
        RcnnConfig config = Configs.with(RcnnConfig.defaults(), Map.of("dim", 4, "context", 3, "hidden", 5, "cell",
                cell, "dropout", 0, "seed", 3));
        RcnnModel model = new RcnnModel(6, 3, config);
        // Lengths 5, 2, 1 and 0: padded past the end, a single word (no context either side), all padding.
        TokenBatch batch = TokenBatch.of(new int[][] {{1, 4, 2, 5, 3}, {5, 2}, {4}, {}}, 1,
                ClassifierNetwork.PADDING_ID);
        int[] targets = {2, 0, 1, 1};
        // A step of 3e-3, not the standard 1e-2: with these weights two words' y_i come within 1e-2 of
        // each other in one feature, where the max switches from one to the other (a kink); at 3e-3
        // every element agrees.
        GradientCheck.of(3e-3f, 2e-3f, 2e-2f)
                .check(() -> Losses.crossEntropy(model.forward(batch), targets), model.parameters());
    }
}
