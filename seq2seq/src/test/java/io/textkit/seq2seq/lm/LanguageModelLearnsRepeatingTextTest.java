package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.tokenize.Vocabulary;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A tiny model trained with truncated BPTT on a deterministic text (one sentence repeated) predicts
 * it almost surely: held-out perplexity near 1, where an untrained model is near the vocabulary
 * size.
 */
class LanguageModelLearnsRepeatingTextTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void heldOutPerplexityOfRepeatedSentenceApproachesOne() {
        Vocabulary vocabulary = Fixtures.vocabulary("the", "cat", "sat", "on", "a", "mat");
        int[] train = TokenStream.encode(Fixtures.repeat("the cat sat on a mat", 48), vocabulary);
        int[] heldOut = TokenStream.encode(Fixtures.repeat("the cat sat on a mat", 30), vocabulary);
        LanguageModel model = new LanguageModel(Fixtures.config("dim", 8, "hidden", 16, "bptt", 15, "batchSize", 4,
                "dropout", 0.0, "learningRate", 0.03, "epochs", 8, "patience", 3), vocabulary);
        double untrained = Perplexity.of(model, heldOut, Perplexity.EVALUATION_BATCH, 10).perplexity();
        LanguageModelTrainer.History history = new LanguageModelTrainer(null, null).train(model, train, heldOut);
        double trained = Perplexity.of(model, heldOut, Perplexity.EVALUATION_BATCH, 10).perplexity();
        assertTrue(untrained > 5, "untrained perplexity " + untrained);
        assertTrue(trained < 1.1, "trained perplexity " + trained + " after " + history.epochs().size() + " epochs");
        // Not bit for bit: a perplexity measured right after training and one measured later in the
        // same JVM have been seen to differ in the tenth digit.
        assertEquals(history.bestPerplexity(), trained, 1e-9, "the model keeps its best epoch's weights");
    }
}
