package io.textkit.classify;

import io.textkit.core.config.Configs;
import io.textkit.core.nn.Losses;
import io.textkit.core.tensor.GradientCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Back-propagation through the whole HAN, both levels of GRUs and attention, agrees with finite differences. */
class HanGradientTest {

    @Test
    void lossGradientMatchesFiniteDifferences() {
        HanConfig config = Configs.with(HanConfig.defaults(), Map.of("dim", 4, "wordHidden", 3, "wordAttention", 3,
                "sentenceHidden", 3, "sentenceAttention", 2, "seed", 5));
        HanModel model = new HanModel(7, 3, config);
        model.train(true);
        // Three documents of 2, 3 and 1 sentences of unequal lengths: padding at both levels.
        List<int[][]> documents = List.of(
                new int[][] {{2, 3, 4}, {5}},
                new int[][] {{6, 2}, {3, 3, 4, 5}, {1}},
                new int[][] {{4, 6}});
        int[] targets = {2, 0, 1};
        GradientCheck.standard().check(() -> Losses.crossEntropy(model.logits(documents), targets),
                model.parameters());
    }
}
