package io.textkit.embed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ejml.data.FMatrixRMaj;

/**
 * Collects the words and vectors a word2vec reader finds into a {@link WordVectors}. A word that
 * comes again keeps its first vector and the later entries are dropped, as gensim does: such files
 * exist (some fastText .vec exports), and the first entry is the more frequent spelling.
 */
final class Word2VecEntries {
    private final FMatrixRMaj matrix;
    private final List<String> words;
    private final Set<String> seen;

    Word2VecEntries(int rows, int dimension) {
        matrix = new FMatrixRMaj(rows, dimension);
        words = new ArrayList<>(rows);
        seen = HashSet.newHashSet(rows);
    }

    /** Keeps {@code vector} under {@code word}, unless the word came before. */
    void add(String word, float[] vector) {
        if (seen.add(word)) {
            System.arraycopy(vector, 0, matrix.data, words.size() * matrix.numCols, matrix.numCols);
            words.add(word);
        }
    }

    WordVectors build() {
        // Dropped duplicates leave unused rows at the end; reshape keeps the data array as it is.
        matrix.reshape(words.size(), matrix.numCols);
        return new WordVectors(words, matrix);
    }

    /**
     * Throws {@link IllegalArgumentException} naming the first word that the formats cannot hold:
     * empty, or containing whitespace, which separates fields in the text format and ends words
     * for the C tool's and fastText's readers. gensim writes such words as they are and corrupts
     * the file; refusing them is the only safe choice.
     */
    static void checkWritable(WordVectors vectors) {
        for (int i = 0; i < vectors.size(); i++) {
            String word = vectors.word(i);
            if (word.isEmpty()) {
                throw new IllegalArgumentException("word " + i + " is empty; the word2vec formats cannot "
                        + "hold an empty word");
            }
            for (int j = 0; j < word.length(); ) {
                int c = word.codePointAt(j);
                if (Character.isWhitespace(c)) {
                    throw new IllegalArgumentException("word " + i + " '" + word + "' contains whitespace "
                            + "(U+" + String.format("%04X", c) + "), which the word2vec formats use to "
                            + "separate fields; replace it (e.g. with '_') before saving");
                }
                j += Character.charCount(c);
            }
        }
    }
}
