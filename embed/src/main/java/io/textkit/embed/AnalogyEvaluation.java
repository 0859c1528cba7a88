package io.textkit.embed;

import io.textkit.core.tensor.MatMul;
import io.textkit.corpora.AnalogyQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;

/**
 * Word-analogy accuracy (Mikolov et al. 2013) computed as gensim's
 * {@code evaluate_word_analogies(restrict_vocab=30000, case_insensitive=True, dummy4unknown=False)}:
 * only the {@code restrictVocab} most frequent words are searched; a question with any of its four
 * words outside them is skipped and counted; the answer is the 3CosAdd prediction,
 * argmax cos(x, b̂ − â + ĉ) over the searched words other than a, b and c, and it is right when it
 * equals the expected word (ignoring case if asked).
 *
 * <p>Questions are answered in blocks: one matrix product through {@link MatMul} scores a block of
 * query vectors against the whole searched vocabulary, instead of one product per question.
 */
public final class AnalogyEvaluation {
    /** gensim's default: rare words have noisy vectors and would make the search slower and worse. */
    public static final int DEFAULT_RESTRICT_VOCAB = 30_000;
    private static final int MAX_BLOCK = 256;
    /** Cap on the block's score matrix, in floats (32 MB), for very large searched vocabularies. */
    private static final int MAX_SCORES = 8 << 20;

    private AnalogyEvaluation() {}

    /** Evaluates with gensim's defaults: the 30,000 most frequent words, ignoring case. */
    public static AnalogyResult evaluate(WordVectors vectors, List<AnalogyQuestion> questions) {
        return evaluate(vectors, questions, DEFAULT_RESTRICT_VOCAB, true);
    }

    /**
     * Asks every question of {@code questions} of {@code vectors}, searching its
     * {@code restrictVocab} most frequent words, comparing words case-insensitively if asked.
     */
    public static AnalogyResult evaluate(WordVectors vectors, List<AnalogyQuestion> questions,
            int restrictVocab, boolean caseInsensitive) {
        WordVectors searched = vectors.restrictTo(restrictVocab);
        EvaluationVocabulary vocabulary = new EvaluationVocabulary(searched, caseInsensitive);
        Map<String, Integer> sections = new LinkedHashMap<>();
        List<Question> asked = new ArrayList<>();
        int skipped = 0;
        for (AnalogyQuestion q : questions) {
            int section = sections.computeIfAbsent(q.section(), name -> sections.size());
            String a = vocabulary.key(q.a());
            String b = vocabulary.key(q.b());
            String c = vocabulary.key(q.c());
            String expected = vocabulary.key(q.expected());
            if (vocabulary.id(a) < 0 || vocabulary.id(b) < 0 || vocabulary.id(c) < 0
                    || vocabulary.id(expected) < 0) {
                skipped++;
                continue;
            }
            int[] excluded = concat(vocabulary.spellings(a), vocabulary.spellings(b), vocabulary.spellings(c));
            asked.add(new Question(section, vocabulary.id(a), vocabulary.id(b), vocabulary.id(c), excluded,
                    expected));
        }
        int[] correct = new int[sections.size()];
        int[] total = new int[sections.size()];
        int[] predictions = predict(searched, asked);
        for (int i = 0; i < asked.size(); i++) {
            Question q = asked.get(i);
            total[q.section]++;
            if (predictions[i] >= 0 && vocabulary.keyOf(predictions[i]).equals(q.expected)) {
                correct[q.section]++;
            }
        }
        return result(sections, correct, total, questions.size(), skipped);
    }

    /** The 3CosAdd answer's row for each question, -1 if every word was excluded. */
    private static int[] predict(WordVectors searched, List<Question> questions) {
        int words = searched.size();
        int dim = searched.dimension();
        int[] predictions = new int[questions.size()];
        if (words == 0 || questions.isEmpty()) {
            Arrays.fill(predictions, -1);
            return predictions;
        }
        FMatrixRMaj normalized = searched.normalizedMatrix();
        float[] n = normalized.data;
        int block = Math.max(1, Math.min(MAX_BLOCK, MAX_SCORES / words));
        FMatrixRMaj queries = new FMatrixRMaj(block, dim);
        FMatrixRMaj scores = new FMatrixRMaj(block, words);
        double[] sum = new double[dim];
        for (int start = 0; start < questions.size(); start += block) {
            int rows = Math.min(block, questions.size() - start);
            queries.reshape(rows, dim);
            scores.reshape(rows, words);
            for (int r = 0; r < rows; r++) {
                Question q = questions.get(start + r);
                for (int j = 0; j < dim; j++) {
                    sum[j] = (double) n[q.b * dim + j] - n[q.a * dim + j] + n[q.c * dim + j];
                }
                double squares = 0;
                for (double v : sum) {
                    squares += v * v;
                }
                double scale = squares == 0 ? 0 : 1 / Math.sqrt(squares);
                for (int j = 0; j < dim; j++) {
                    queries.data[r * dim + j] = (float) (sum[j] * scale);
                }
            }
            MatMul.multTransB(queries, normalized, scores);
            for (int r = 0; r < rows; r++) {
                predictions[start + r] = best(scores.data, r * words, words, questions.get(start + r).excluded);
            }
        }
        return predictions;
    }

    /** The row of the highest score in {@code scores[offset..offset+length)} outside {@code excluded}. */
    private static int best(float[] scores, int offset, int length, int[] excluded) {
        for (int id : excluded) {
            scores[offset + id] = Float.NaN;
        }
        int best = -1;
        float top = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            float score = scores[offset + i];
            // NaN fails both comparisons, so excluded words are never chosen.
            if (score > top || (best < 0 && score == top)) {
                top = score;
                best = i;
            }
        }
        return best;
    }

    private static AnalogyResult result(Map<String, Integer> sections, int[] correct, int[] total,
            int questions, int skipped) {
        List<AnalogyScore> scores = new ArrayList<>();
        int[] semantic = new int[2];
        int[] syntactic = new int[2];
        for (Map.Entry<String, Integer> section : sections.entrySet()) {
            int i = section.getValue();
            scores.add(new AnalogyScore(section.getKey(), correct[i], total[i]));
            int[] kind = section.getKey().startsWith("gram") ? syntactic : semantic;
            kind[0] += correct[i];
            kind[1] += total[i];
        }
        return new AnalogyResult(scores, new AnalogyScore("semantic", semantic[0], semantic[1]),
                new AnalogyScore("syntactic", syntactic[0], syntactic[1]),
                new AnalogyScore("total", semantic[0] + syntactic[0], semantic[1] + syntactic[1]),
                questions, skipped);
    }

    private static int[] concat(int[] a, int[] b, int[] c) {
        int[] all = new int[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }

    /** A question all of whose words are known: rows of a, b, c, every row to exclude, the expected key. */
    private record Question(int section, int a, int b, int c, int[] excluded, String expected) {}
}
