package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import io.textkit.corpora.LabelledExample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RCNN on MR ({@link Fixtures#movieReviews()}) 90/10: contexts from a bidirectional LSTM, at a
 * reduced size to stay fast: dim 32, contexts of 32, projection 32, 3 epochs, otherwise the
 * defaults (dropout 0.5, Adam lr 1e-3, clip norm 5, batch 50, seed 1). Measured: 0.742 test
 * accuracy, 33 s with the 2 cores shared by about ten busy processes (23 s of CPU for the whole
 * Maven run); after 2 epochs 0.690.
 */
class RcnnRealDataTest {

    @Test
    void movieReviewPolarity() {
        List<LabelledExample> all = Fixtures.movieReviews();
        int cut = all.size() * 9 / 10;
        RcnnConfig config = Configs.with(RcnnConfig.defaults(), Map.of("dim", 32, "context", 32, "hidden", 32,
                "epochs", 3));
        long start = System.nanoTime();
        NeuralClassifier model = new NeuralTrainer(config).train(all.subList(0, cut));
        Evaluation test = Evaluation.of(model, all.subList(cut, all.size()));
        System.out.printf("RCNN MR: %d train / %d test, %.2f s%n%s%n", cut, all.size() - cut,
                (System.nanoTime() - start) / 1e9, test);
        assertTrue(test.accuracy() > 0.68, test::toString);
    }
}
