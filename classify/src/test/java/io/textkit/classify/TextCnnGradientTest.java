package io.textkit.classify;

import io.textkit.core.nn.Losses;
import io.textkit.core.tensor.GradientCheck;
import io.textkit.tokenize.TokenizerSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Back-propagation through the whole TextCNN agrees with finite differences. */
class TextCnnGradientTest {

    @Test
    void lossGradientMatchesFiniteDifferences() {
        TextCnnConfig config = new TextCnnConfig(4, List.of(2, 3), 2, 0, 3, 2, 1, 1, 1, 3,
                TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
        TextCnnModel model = new TextCnnModel(6, 3, config);
        // Lengths 5 and 2: the second is padded past its end and, for width 3, shorter than a window.
        TokenBatch batch = TokenBatch.of(new int[][] {{1, 4, 2, 5, 3}, {5, 2}}, config.widestFilter(),
                TextCnnModel.PADDING_ID);
        int[] targets = {2, 0};
        GradientCheck.standard().check(() -> Losses.crossEntropy(model.forward(batch), targets), model.parameters());
    }
}
