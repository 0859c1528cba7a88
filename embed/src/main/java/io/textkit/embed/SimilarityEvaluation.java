package io.textkit.embed;

import io.textkit.corpora.SimilarityPair;
import java.util.Arrays;
import java.util.List;

/**
 * Correlation between human word-similarity judgements (WordSim-353, RG-65, ...) and the cosine
 * similarity of word vectors, as gensim's {@code evaluate_word_pairs(restrict_vocab=300000,
 * case_insensitive=True, dummy4unknown=False)}: pairs with a word outside the
 * {@code restrictVocab} most frequent words are skipped and counted; with case ignored a word takes
 * the vector of its most frequent spelling.
 */
public final class SimilarityEvaluation {
    /** gensim's default for word pairs. */
    public static final int DEFAULT_RESTRICT_VOCAB = 300_000;

    private SimilarityEvaluation() {}

    /** Evaluates with gensim's defaults: the 300,000 most frequent words, ignoring case. */
    public static SimilarityResult evaluate(WordVectors vectors, List<SimilarityPair> pairs) {
        return evaluate(vectors, pairs, DEFAULT_RESTRICT_VOCAB, true);
    }

    /** Scores every pair of {@code pairs} whose words are among the {@code restrictVocab} most frequent. */
    public static SimilarityResult evaluate(WordVectors vectors, List<SimilarityPair> pairs,
            int restrictVocab, boolean caseInsensitive) {
        WordVectors searched = vectors.restrictTo(restrictVocab);
        EvaluationVocabulary vocabulary = new EvaluationVocabulary(searched, caseInsensitive);
        double[] human = new double[pairs.size()];
        double[] model = new double[pairs.size()];
        int used = 0;
        for (SimilarityPair pair : pairs) {
            int first = vocabulary.id(vocabulary.key(pair.w1()));
            int second = vocabulary.id(vocabulary.key(pair.w2()));
            if (first < 0 || second < 0) {
                continue;
            }
            human[used] = pair.score();
            model[used] = searched.cosine(first, second);
            used++;
        }
        double[] h = Arrays.copyOf(human, used);
        double[] m = Arrays.copyOf(model, used);
        return new SimilarityResult(Correlation.spearman(h, m), Correlation.pearson(h, m), used,
                pairs.size() - used);
    }
}
