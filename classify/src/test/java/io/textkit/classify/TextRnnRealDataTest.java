package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import io.textkit.corpora.LabelledExample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TextRNN on MR ({@link Fixtures#movieReviews()}) 90/10: a bidirectional LSTM, max-pooled, at a
 * reduced size to stay fast: dim 32, 32 units per direction, 2 epochs, otherwise the defaults
 * (dropout 0.5, Adam lr 1e-3, clip norm 5, batch 50, seed 1). Measured: 0.726 test accuracy, 35 s
 * with the 2 cores shared by about ten busy processes; dim 50 and 3 epochs gave 0.752.
 */
class TextRnnRealDataTest {

    @Test
    void movieReviewPolarity() {
        List<LabelledExample> all = Fixtures.movieReviews();
        int cut = all.size() * 9 / 10;
        TextRnnConfig config = Configs.with(TextRnnConfig.defaults(), Map.of("dim", 32, "hidden", 32, "epochs", 2));
        long start = System.nanoTime();
        NeuralClassifier model = new NeuralTrainer(config).train(all.subList(0, cut));
        Evaluation test = Evaluation.of(model, all.subList(cut, all.size()));
        System.out.printf("TextRNN MR: %d train / %d test, %.2f s%n%s%n", cut, all.size() - cut,
                (System.nanoTime() - start) / 1e9, test);
        assertTrue(test.accuracy() > 0.68, test::toString);
    }
}
