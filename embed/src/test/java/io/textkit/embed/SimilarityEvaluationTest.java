package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.corpora.SimilarityPair;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityEvaluationTest {
    private final WordVectors vectors = TinyVectors.create();

    // Cosines: king–queen 1/2, king–man 1/√2, queen–apple −1/√2, woman–man 0.
    private final List<SimilarityPair> pairs = List.of(
            new SimilarityPair("king", "queen", 5),
            new SimilarityPair("king", "man", 8),
            new SimilarityPair("queen", "apple", 1),
            new SimilarityPair("Woman", "MAN", 5),
            new SimilarityPair("king", "prince", 9));

    @Test
    void correlatesHumanScoresWithCosinesOverKnownPairs() {
        SimilarityResult result = SimilarityEvaluation.evaluate(vectors, pairs);
        // Human ranks 2.5, 4, 1, 2.5 (a tie); cosine ranks 3, 4, 1, 2.
        double r = Math.sqrt(0.5);
        assertEquals(Correlation.pearson(new double[] {2.5, 4, 1, 2.5}, new double[] {3, 4, 1, 2}),
                result.spearman(), 1e-12);
        assertEquals(Correlation.pearson(new double[] {5, 8, 1, 5}, new double[] {0.5, r, -r, 0}),
                result.pearson(), 1e-9);
        assertEquals(4, result.pairs());
        assertEquals(1, result.skipped());
        assertEquals(0.2, result.skippedRatio(), 1e-12);
    }

    @Test
    void caseSensitiveEvaluationSkipsCapitalisedWords() {
        SimilarityResult result = SimilarityEvaluation.evaluate(vectors, pairs, 300_000, false);
        assertEquals(3, result.pairs());
        assertEquals(2, result.skipped());
        assertEquals(1, result.spearman(), 1e-12);
    }
}
