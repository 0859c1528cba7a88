package io.textkit.embed;

import io.textkit.core.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.corpora.AnalogyQuestion;
import io.textkit.corpora.AnalogyQuestions;
import io.textkit.corpora.SimilarityPair;
import io.textkit.corpora.SimilarityPairs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluations over the real Google analogy set and WordSim-353 (shared data, not in the
 * project; skipped when absent) with random vectors for every word: checks the counts, and that
 * all 19,544 questions are answered.
 */
class PublishedEvaluationSetsTest {

    @Test
    void everyGoogleAnalogyQuestionIsAskedPerSection() throws IOException {
        Path questionsFile = SharedData.file("embeddings/questions-words.txt");
        List<AnalogyQuestion> questions;
        try (var stream = AnalogyQuestions.read(questionsFile).stream()) {
            questions = stream.toList();
        }
        Set<String> words = new LinkedHashSet<>();
        questions.forEach(q -> words.addAll(List.of(q.a(), q.b(), q.c(), q.expected())));
        WordVectors vectors = random(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList(), 100);

        AnalogyResult result = AnalogyEvaluation.evaluate(vectors, questions);

        assertEquals(19_544, result.questions());
        assertEquals(0, result.skipped());
        assertEquals(14, result.sections().size());
        assertEquals(8_869, result.semantic().total());
        assertEquals(10_675, result.syntactic().total());
        AnalogyResult top100 = AnalogyEvaluation.evaluate(vectors, questions, 100, true);
        assertTrue(top100.skipped() > 0);
        assertEquals(19_544, top100.skipped() + top100.overall().total());
    }

    @Test
    void wordSim353PairsAreAllScored() throws IOException {
        Path wordsim = SharedData.file("embeddings/wordsim353.tsv");
        List<SimilarityPair> pairs;
        try (var stream = SimilarityPairs.read(wordsim).stream()) {
            pairs = stream.toList();
        }
        Set<String> words = new LinkedHashSet<>();
        pairs.forEach(p -> words.addAll(List.of(p.w1(), p.w2())));
        SimilarityResult result = SimilarityEvaluation.evaluate(random(List.copyOf(words), 50), pairs);
        assertEquals(353, result.pairs());
        assertEquals(0, result.skipped());
        assertTrue(Math.abs(result.spearman()) < 0.3, "random vectors should not correlate: " + result);
    }

    private static WordVectors random(List<String> words, int dim) {
        Random random = new Random(3);
        FMatrixRMaj matrix = new FMatrixRMaj(words.size(), dim);
        for (int i = 0; i < matrix.data.length; i++) {
            matrix.data[i] = (float) random.nextGaussian();
        }
        return new WordVectors(words, matrix);
    }
}
