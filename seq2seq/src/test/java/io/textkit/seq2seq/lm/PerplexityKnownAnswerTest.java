package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The perplexity of a hand-set model, whose output ignores its input and gives every context the
 * same next-word distribution, equals the value computed by hand.
 */
class PerplexityKnownAnswerTest {

    @Test
    void perplexityOfFixedDistributionModelIsComputedByHand() {
        // <unk>, </s>, x, y with probabilities 0.1, 0.2, 0.3, 0.4 whatever came before.
        LanguageModel model = fixedDistribution(0.1, 0.2, 0.3, 0.4);
        // Two streams of four tokens (the ninth is dropped): [x y y </s>] and [x x y </s>]; the
        // predicted tokens are y y </s> and x y </s>.
        int[] stream = {2, 3, 3, 1, 2, 2, 3, 1, 0};
        Perplexity.Result result = Perplexity.of(model, stream, 2, 2);
        assertEquals(6, result.tokens());
        double expected = Math.pow(0.4 * 0.4 * 0.2 * 0.3 * 0.4 * 0.2, -1.0 / 6);
        assertEquals(expected, result.perplexity(), 1e-5 * expected);
        assertEquals(Math.log(expected), result.crossEntropy(), 1e-6);
    }

    @Test
    void perplexityOfUniformModelIsVocabularySize() {
        LanguageModel model = fixedDistribution(0.25, 0.25, 0.25, 0.25);
        // Three streams of three tokens (two dropped), two predictions each.
        Perplexity.Result result = Perplexity.of(model, new int[] {2, 3, 1, 0, 2, 2, 3, 3, 1, 2, 3}, 3, 2);
        assertEquals(6, result.tokens());
        assertEquals(4.0, result.perplexity(), 1e-5);
    }

    /** A model whose logits are log p: zero output weights, the bias set by hand. */
    private static LanguageModel fixedDistribution(double... p) {
        LanguageModel model = new LanguageModel(Fixtures.config("dim", 3, "hidden", 5, "dropout", 0.0),
                Fixtures.vocabulary("x", "y"));
        Arrays.fill(model.state().get("output.weight").data, 0f);
        FMatrixRMaj bias = model.state().get("output.bias");
        for (int j = 0; j < p.length; j++) {
            bias.data[j] = (float) Math.log(p[j]);
        }
        return model;
    }
}
