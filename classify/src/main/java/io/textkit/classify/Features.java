package io.textkit.classify;

import io.textkit.tokenize.Tokenizer;
import io.textkit.tokenize.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a text into the rows of fastText's input matrix that it sums: one row per in-vocabulary
 * word, then one hashed bucket row per word n-gram (2 ≤ n ≤ wordNgrams). With the end-of-text
 * token on, the text's tokens are followed by {@link #END_OF_TEXT}, a token like the others, as
 * fastText reads {@code </s>} at the end of every line.
 *
 * <p>The n-gram hash: each token (in the vocabulary or not, as in fastText) gets the 32-bit FNV-1a
 * hash of its UTF-16 code units, {@code t}. An n-gram starting at token i is hashed as
 * {@code h = t_i; h = h·116049371 + t_j} for j = i+1 … i+n−1 in wrapping 64-bit arithmetic (fastText's
 * multiplier, with {@code t} read as unsigned), and takes row {@code words + (h mod buckets)}, the
 * remainder taken unsigned. Distinct n-grams may share a row; that is the point of the buckets.
 */
final class Features {
    /** fastText's end-of-line token. */
    static final String END_OF_TEXT = "</s>";
    private static final long NGRAM_MULTIPLIER = 116_049_371L;

    private final Tokenizer tokenizer;
    private final Vocabulary words;
    private final int wordNgrams;
    private final int buckets;
    private final boolean endOfText;

    Features(Tokenizer tokenizer, Vocabulary words, int wordNgrams, int buckets, boolean endOfText) {
        this.tokenizer = tokenizer;
        this.words = words;
        this.wordNgrams = wordNgrams;
        this.buckets = buckets;
        this.endOfText = endOfText;
    }

    /** The rows of {@code config}'s features over {@code words}. */
    static Features of(FastTextConfig config, Tokenizer tokenizer, Vocabulary words) {
        return new Features(tokenizer, words, config.wordNgrams(), config.allocatedBuckets(), config.endOfText());
    }

    /** The tokens of {@code text} as a model reads them, {@link #END_OF_TEXT} last when {@code endOfText}. */
    static List<String> tokens(Tokenizer tokenizer, String text, boolean endOfText) {
        List<String> tokens = tokenizer.tokenize(text);
        if (!endOfText) {
            return tokens;
        }
        List<String> ended = new ArrayList<>(tokens.size() + 1);
        ended.addAll(tokens);
        ended.add(END_OF_TEXT);
        return ended;
    }

    /** Rows of the input matrix: the vocabulary's words, then the buckets. */
    int rows() {
        return words.size() + buckets;
    }

    /** The rows {@code text} sums, word rows first; empty when no word is known and no n-gram is hashed. */
    int[] of(String text) {
        List<String> tokens = tokens(tokenizer, text, endOfText);
        long[] hashes = new long[tokens.size()];
        int[] rows = new int[tokens.size() * wordNgrams];
        int n = 0;
        for (int i = 0; i < hashes.length; i++) {
            String token = tokens.get(i);
            hashes[i] = fnv1a(token);
            int id = words.id(token);
            if (id >= 0) {
                rows[n++] = id;
            }
        }
        if (buckets > 0) {
            for (int i = 0; i < hashes.length; i++) {
                long h = hashes[i];
                for (int j = i + 1; j < hashes.length && j < i + wordNgrams; j++) {
                    h = h * NGRAM_MULTIPLIER + hashes[j];
                    rows[n++] = words.size() + (int) Long.remainderUnsigned(h, buckets);
                }
            }
        }
        return Arrays.copyOf(rows, n);
    }

    /** 32-bit FNV-1a over the UTF-16 code units, as an unsigned value. */
    private static long fnv1a(String token) {
        int h = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            h ^= token.charAt(i);
            h *= 0x01000193;
        }
        return Integer.toUnsignedLong(h);
    }
}
