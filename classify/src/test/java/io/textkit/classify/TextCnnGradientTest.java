package io.textkit.classify;

import io.textkit.classify.TextCnnConfig.Channels;
import io.textkit.core.nn.Losses;
import io.textkit.core.tensor.GradientCheck;
import io.textkit.core.tensor.Tensor;
import io.textkit.tokenize.TokenizerSettings;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Back-propagation through the whole TextCNN agrees with finite differences. */
class TextCnnGradientTest {

    @ParameterizedTest
    @EnumSource(value = Channels.class, names = {"RAND", "MULTICHANNEL"})
    void lossGradientMatchesFiniteDifferences(Channels channels) {
        TextCnnConfig config = new TextCnnConfig(4, List.of(2, 3), 2, 0, 3, 2, 1, 1, 1, 5, channels, true,
                TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
        TextCnnModel model = new TextCnnModel(6, 3, config);
        // Lengths 5 and 2, after 2 padding steps: the second is padded past its end and, for width 3,
        // shorter than a window.
        TokenBatch batch = TokenBatch.of(new int[][] {{1, 4, 2, 5, 3}, {5, 2}}, 2, 2 + 5 + 2,
                ClassifierNetwork.PADDING_ID);
        int[] targets = {2, 0};
        // The multichannel variant's fixed channel has no gradient to check.
        List<Tensor> trained = model.namedParameters().entrySet().stream()
                .filter(e -> channels != Channels.MULTICHANNEL || !e.getKey().equals("embedding.weight"))
                .map(Map.Entry::getValue).toList();
        // Kim's start (zero output, tiny filters) would leave the lower layers' gradients zero or tiny.
        Random random = new Random(7);
        for (Tensor p : trained) {
            float[] v = p.data();
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextFloat() - 0.5f;
            }
        }
        GradientCheck.standard().check(() -> Losses.crossEntropy(model.forward(batch), targets), trained);
    }
}
