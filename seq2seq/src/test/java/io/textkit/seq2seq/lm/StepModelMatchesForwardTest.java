package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.GradMode;
import io.textkit.seq2seq.decode.StepModel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Decoding one token at a time through the {@link StepModel} contract gives the log-probabilities
 * of running the network over the whole text: after a prompt, after an empty prompt, for prompts of
 * different lengths in one batch, and for rows reordered and duplicated by {@code select}.
 */
class StepModelMatchesForwardTest {
    private static final float TOLERANCE = 1e-5f;

    private final LanguageModel model = new LanguageModel(
            Fixtures.config("cell", "lstm", "dim", 5, "hidden", 6, "layers", 2, "dropout", 0.3, "seed", 9),
            Fixtures.vocabulary("x", "y", "z"));

    @Test
    void promptThenStepsGiveTheNextWordDistributionsOfTheWholeText() {
        model.train(true);
        int[] prompt = {2, 3};
        LanguageModel.State state = model.start(new int[][] {prompt});
        StepModel.Step<LanguageModel.State> first = model.step(state, new int[] {model.bos()});
        assertArrayEquals(lastRow(model.eos(), 2, 3), first.logProbs(), TOLERANCE);
        StepModel.Step<LanguageModel.State> second = model.step(first.state(), new int[] {4});
        assertArrayEquals(lastRow(model.eos(), 2, 3, 4), second.logProbs(), TOLERANCE);
        assertEquals(null, second.attention());
    }

    @Test
    void emptyPromptStartsAfterEndOfSentence() {
        StepModel.Step<LanguageModel.State> first = model.step(model.start(new int[][] {{}}), new int[] {model.bos()});
        assertArrayEquals(lastRow(model.eos()), first.logProbs(), TOLERANCE);
    }

    @Test
    void promptsOfDifferentLengthsInOneBatchMatchEachAlone() {
        int[][] prompts = {{2, 3, 4, 2}, {}, {4}};
        StepModel.Step<LanguageModel.State> batch = model.step(model.start(prompts), new int[] {1, 1, 1});
        int v = model.vocabularySize();
        for (int r = 0; r < prompts.length; r++) {
            StepModel.Step<LanguageModel.State> alone = model.step(model.start(new int[][] {prompts[r]}), new int[] {1});
            assertArrayEquals(alone.logProbs(), Arrays.copyOfRange(batch.logProbs(), r * v, (r + 1) * v), TOLERANCE);
        }
    }

    @Test
    void selectReordersAndDuplicatesRows() {
        LanguageModel.State state = model.step(model.start(new int[][] {{2}, {3, 4}}), new int[] {1, 1}).state();
        LanguageModel.State selected = model.select(state, new int[] {1, 1, 0});
        float[] next = model.step(selected, new int[] {2, 3, 4}).logProbs();
        int v = model.vocabularySize();
        assertArrayEquals(lastRow(model.eos(), 3, 4, 2), Arrays.copyOfRange(next, 0, v), TOLERANCE);
        assertArrayEquals(lastRow(model.eos(), 3, 4, 3), Arrays.copyOfRange(next, v, 2 * v), TOLERANCE);
        assertArrayEquals(lastRow(model.eos(), 2, 4), Arrays.copyOfRange(next, 2 * v, 3 * v), TOLERANCE);
    }

    /** log P(next | ids) from one run of the network over {@code ids}, in evaluation mode. */
    private float[] lastRow(int... ids) {
        boolean was = model.isTraining();
        model.train(false);
        try (GradMode.Scope off = GradMode.disable()) {
            float[] all = Activations.logSoftmax(model.forward(ids, 1, null).logits()).data();
            int v = model.vocabularySize();
            return Arrays.copyOfRange(all, (ids.length - 1) * v, ids.length * v);
        } finally {
            model.train(was);
        }
    }
}
