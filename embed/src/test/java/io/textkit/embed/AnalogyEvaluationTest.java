package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.corpora.AnalogyQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class AnalogyEvaluationTest {
    private final WordVectors vectors = TinyVectors.create();

    /** man : king :: woman : queen is answered right (see WordVectorsKnownAnswerTest). */
    private final List<AnalogyQuestion> questions = List.of(
            new AnalogyQuestion("family", "man", "king", "woman", "queen"),
            new AnalogyQuestion("family", "man", "king", "woman", "prince"),
            new AnalogyQuestion("gram1-adjective", "MAN", "King", "woman", "Queen"),
            new AnalogyQuestion("gram1-adjective", "man", "king", "woman", "apple"));

    @Test
    void countsPerSectionSemanticSyntacticAndSkipped() {
        AnalogyResult result = AnalogyEvaluation.evaluate(vectors, questions);
        assertEquals(List.of(new AnalogyScore("family", 1, 1), new AnalogyScore("gram1-adjective", 1, 2)),
                result.sections());
        assertEquals(new AnalogyScore("semantic", 1, 1), result.semantic());
        assertEquals(new AnalogyScore("syntactic", 1, 2), result.syntactic());
        assertEquals(new AnalogyScore("total", 2, 3), result.overall());
        assertEquals(4, result.questions());
        assertEquals(1, result.skipped(), "prince is unknown");
        assertEquals(0.25, result.skippedRatio());
    }

    @Test
    void caseSensitiveEvaluationSkipsCapitalisedWords() {
        AnalogyResult result = AnalogyEvaluation.evaluate(vectors, questions, 30_000, false);
        assertEquals(new AnalogyScore("gram1-adjective", 0, 1), result.sections().get(1));
        assertEquals(2, result.skipped());
    }

    @Test
    void onlyTheRestrictedVocabularyIsSearchedAndAsked() {
        AnalogyResult result = AnalogyEvaluation.evaluate(vectors, questions, 4, true);
        assertEquals(new AnalogyScore("total", 2, 2), result.overall());
        assertEquals(2, result.skipped(), "apple is outside the 4 most frequent words");
        assertEquals(Double.NaN, new AnalogyScore("empty", 0, 0).accuracy());
    }

    @Test
    void foldedSpellingsOfTheQuestionWordsAreNeverTheAnswer() {
        // "Queen" is the nearest word to king − man + woman, but it folds to the question word "queen".
        WordVectors spellings = new WordVectors(List.of("man", "king", "woman", "queen", "Queen", "apple"),
                new FMatrixRMaj(new float[][] {{1, 0, 0}, {1, 0, 1}, {0, 1, 0}, {0, 1, 1}, {0, 1, 1}, {0, 0, -1}}));
        var question = List.of(new AnalogyQuestion("s", "king", "man", "queen", "woman"));
        assertEquals(1, AnalogyEvaluation.evaluate(spellings, question).overall().correct());
    }

    @Test
    void batchedAnswersEqualOneAnalogyQueryPerQuestion() {
        Random random = new Random(5);
        int n = 300;
        int dim = 20;
        List<String> words = new ArrayList<>();
        FMatrixRMaj matrix = new FMatrixRMaj(n, dim);
        for (int i = 0; i < n; i++) {
            words.add("w" + i);
            for (int j = 0; j < dim; j++) {
                matrix.data[i * dim + j] = (float) random.nextGaussian();
            }
        }
        WordVectors random300 = new WordVectors(words, matrix);
        List<AnalogyQuestion> asked = new ArrayList<>();
        int expectedCorrect = 0;
        for (int q = 0; q < 700; q++) {
            String a = "w" + random.nextInt(n);
            String b = "w" + random.nextInt(n);
            String c = "w" + random.nextInt(n);
            String answer = random300.analogy(a, b, c, 1).get(0).word();
            String expected = random.nextBoolean() ? answer : "w" + random.nextInt(n);
            expectedCorrect += expected.equals(answer) ? 1 : 0;
            asked.add(new AnalogyQuestion("s" + q % 3, a, b, c, expected));
        }
        AnalogyResult result = AnalogyEvaluation.evaluate(random300, asked, n, false);
        assertEquals(new AnalogyScore("total", expectedCorrect, 700), result.overall());
    }
}
