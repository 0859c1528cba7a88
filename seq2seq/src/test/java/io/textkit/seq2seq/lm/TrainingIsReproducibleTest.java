package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.textkit.tokenize.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Two trainings with the same seed give bit-identical weights and perplexities (the test JVM's
 * products are small enough to run on one thread); another seed gives other weights.
 */
class TrainingIsReproducibleTest {
    private static final List<String> TEXT = List.of("the cat sat on the mat", "a dog sat on a log",
            "the dog saw the cat", "a cat saw a dog on the mat");

    @Test
    void sameSeedGivesBitIdenticalModels() {
        Trained first = train(7);
        Trained second = train(7);
        assertEquals(first.history(), withoutTimes(second.history(), first.history()));
        first.weights().forEach((name, m) -> assertArrayEquals(m.data, second.weights().get(name).data, name));
    }

    @Test
    void otherSeedGivesOtherModel() {
        Trained first = train(7);
        Trained other = train(8);
        assertFalse(Arrays.equals(first.weights().get("embedding.weight").data,
                other.weights().get("embedding.weight").data));
    }

    private record Trained(Map<String, FMatrixRMaj> weights, LanguageModelTrainer.History history) {}

    private static Trained train(long seed) {
        Vocabulary vocabulary = Fixtures.vocabulary("the", "a", "cat", "dog", "sat", "on", "mat", "saw", "log");
        int[] train = TokenStream.encode(Fixtures.repeat(String.join(" ", TEXT), 10), vocabulary);
        int[] heldOut = TokenStream.encode(TEXT, vocabulary);
        // Dropout on, so that the dropout masks are part of what must repeat.
        LanguageModel model = new LanguageModel(Fixtures.config("dim", 8, "hidden", 12, "layers", 2, "bptt", 5,
                "batchSize", 3, "dropout", 0.3, "epochs", 3, "seed", seed), vocabulary);
        LanguageModelTrainer.History history = new LanguageModelTrainer(null, null).train(model, train, heldOut);
        return new Trained(model.state(), history);
    }

    /** {@code history} with the wall-clock fields of {@code reference}, the only ones allowed to differ. */
    private static LanguageModelTrainer.History withoutTimes(LanguageModelTrainer.History history,
            LanguageModelTrainer.History reference) {
        List<LanguageModelTrainer.Epoch> epochs = new ArrayList<>();
        for (int i = 0; i < history.epochs().size(); i++) {
            LanguageModelTrainer.Epoch e = history.epochs().get(i);
            LanguageModelTrainer.Epoch r = reference.epochs().get(i);
            epochs.add(new LanguageModelTrainer.Epoch(e.epoch(), e.learningRate(), e.trainPerplexity(),
                    e.heldOutPerplexity(), r.tokensPerSecond(), r.seconds()));
        }
        return new LanguageModelTrainer.History(epochs, history.bestEpoch(), history.bestPerplexity(),
                history.stoppedEarly());
    }
}
