package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.tokenize.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With SGD the learning rate is multiplied by lrDecay after every epoch, and the model still learns. */
class SgdScheduleTest {

    @Test
    void learningRateDecaysEveryEpoch() {
        Vocabulary vocabulary = Fixtures.vocabulary("a", "b", "c");
        int[] text = TokenStream.encode(Fixtures.repeat("a b c b", 40), vocabulary);
        LanguageModel model = new LanguageModel(Fixtures.config("optimizer", "sgd", "learningRate", 1.0, "lrDecay", 0.5,
                "epochs", 3, "patience", 3, "dim", 8, "hidden", 8, "bptt", 8, "batchSize", 4, "dropout", 0.0), vocabulary);
        LanguageModelTrainer.History history = new LanguageModelTrainer(null, null).train(model, text, text);
        assertEquals(List.of(1.0, 0.5, 0.25),
                history.epochs().stream().map(LanguageModelTrainer.Epoch::learningRate).toList());
        double first = history.epochs().get(0).heldOutPerplexity();
        assertTrue(history.bestPerplexity() < first, "held-out perplexity " + first + " → " + history.bestPerplexity());
    }
}
