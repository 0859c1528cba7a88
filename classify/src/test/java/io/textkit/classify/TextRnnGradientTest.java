package io.textkit.classify;

import io.textkit.classify.TextRnnConfig.Pooling;
import io.textkit.core.config.Configs;
import io.textkit.core.nn.Losses;
import io.textkit.core.tensor.GradientCheck;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Back-propagation through the whole TextRNN agrees with finite differences, for every cell and pooling. */
class TextRnnGradientTest {

    static Stream<TextRnnConfig> configs() {
        TextRnnConfig tiny = Configs.with(TextRnnConfig.defaults(), Map.of("dim", 4, "hidden", 3, "dropout", 0,
                "seed", 3));
        return Stream.concat(
                Arrays.stream(RnnCell.values()).flatMap(cell -> Arrays.stream(Pooling.values())
                        .map(pooling -> Configs.with(tiny, Map.of("cell", cell, "pooling", pooling)))),
                Stream.of(Configs.with(tiny, Map.of("layers", 2, "pooling", Pooling.LAST)), Configs.with(tiny,
                        "bidirectional", false)));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void lossGradientMatchesFiniteDifferences(TextRnnConfig config) {
        TextRnnModel model = new TextRnnModel(6, 3, config);
        // Lengths 5, 2 and 0: the second is padded past its end, the third is all padding.
        TokenBatch batch = TokenBatch.of(new int[][] {{1, 4, 2, 5, 3}, {5, 2}, {}}, 1, ClassifierNetwork.PADDING_ID);
        int[] targets = {2, 0, 1};
        GradientCheck.standard().check(() -> Losses.crossEntropy(model.forward(batch), targets), model.parameters());
    }
}
