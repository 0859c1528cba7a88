package io.textkit.embed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words an evaluation may use, keyed as the evaluation compares them: lower-cased when it
 * ignores case, as is. With case folded, "Paris" and "paris" share a key; a question word then takes
 * the vector of the most frequent spelling, and every spelling is excluded from the answers, as
 * gensim's {@code evaluate_word_analogies(case_insensitive=True)} does (it upper-cases; we
 * lower-case, which differs only for a few letters such as the German ß).
 */
final class EvaluationVocabulary {
    private final boolean caseInsensitive;
    /** Row ids per key, most frequent first. */
    private final Map<String, int[]> ids;
    private final WordVectors vectors;

    EvaluationVocabulary(WordVectors vectors, boolean caseInsensitive) {
        this.vectors = vectors;
        this.caseInsensitive = caseInsensitive;
        this.ids = HashMap.newHashMap(vectors.size());
        for (int id = 0; id < vectors.size(); id++) {
            ids.merge(key(vectors.word(id)), new int[] {id}, EvaluationVocabulary::concat);
        }
    }

    /** How a word is compared: lower-cased, or as it is. */
    String key(String word) {
        return caseInsensitive ? word.toLowerCase(Locale.ROOT) : word;
    }

    /** The row standing for {@code key}: its most frequent spelling; -1 if none. */
    int id(String key) {
        int[] spellings = ids.get(key);
        return spellings == null ? -1 : spellings[0];
    }

    /** Every row whose word has {@code key}. */
    int[] spellings(String key) {
        return ids.getOrDefault(key, new int[0]);
    }

    /** The key of the word in row {@code id}. */
    String keyOf(int id) {
        return key(vectors.word(id));
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
