package io.textkit.embed;

import io.textkit.tokenize.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * The corpus as vocabulary ids, built once and then read by every thread in every epoch: all
 * in-vocabulary tokens back to back in one {@code int[]}, and the end offset of each sentence.
 * Out-of-vocabulary tokens are dropped before windows are formed, as in the C tool and gensim.
 *
 * <p>Memory is 4 bytes per kept token plus 4 per sentence, never the text itself. Encoding takes
 * about as long as a whole CBOW epoch (bench/results/word2vec.md, "Design measurements"), so it is
 * done once rather than per epoch. An {@code int[]} limits a
 * corpus to 2^31 tokens and to the heap; beyond that a memory-mapped file of ids would take its
 * place behind the same accessors.
 */
public final class EncodedCorpus {
    private final Vocabulary vocabulary;
    private final int[] ids;
    private final int[] sentenceEnds;
    private final int words;
    private final int sentences;
    private final int longestSentence;

    private EncodedCorpus(Vocabulary vocabulary, int[] ids, int words, int[] sentenceEnds, int sentences) {
        this.vocabulary = vocabulary;
        this.ids = ids;
        this.words = words;
        this.sentenceEnds = sentenceEnds;
        this.sentences = sentences;
        int longest = 0;
        for (int s = 0; s < sentences; s++) {
            longest = Math.max(longest, sentenceEnd(s) - sentenceStart(s));
        }
        this.longestSentence = longest;
    }

    /**
     * Reads {@code source} line by line and keeps the ids of in-vocabulary tokens. A line is a
     * sentence; one longer than {@code maxSentenceLength} kept tokens is cut into pieces of that
     * length, and a line with no kept token is skipped. The id array is sized from the
     * vocabulary's total count, exact when the vocabulary was counted on this source; a vocabulary
     * counted elsewhere costs at most an array that grows or has room to spare (up to 2^28 ids).
     */
    public static EncodedCorpus encode(TextSource source, Vocabulary vocabulary, int maxSentenceLength)
            throws IOException {
        var builder = new Builder(vocabulary, maxSentenceLength);
        WordTable table = WordTable.of(vocabulary);
        Tokens.Consumer add = (line, start, end) -> builder.add(table.id(line, start, end));
        try (BufferedReader reader = source.open()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Tokens.forEach(line, add);
                builder.endSentence();
            }
        }
        return builder.build();
    }

    /** The vocabulary whose ids this corpus holds. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Kept tokens in the corpus; one epoch trains on this many words (before subsampling). */
    public int words() {
        return words;
    }

    /** Sentences in the corpus. */
    public int sentences() {
        return sentences;
    }

    /** Tokens in the longest sentence. */
    int longestSentence() {
        return longestSentence;
    }

    /** All ids, sentences back to back, in the first {@link #words()} elements; shared, not copied. */
    int[] ids() {
        return ids;
    }

    /** Offset in {@link #ids()} of the first token of sentence {@code s}. */
    int sentenceStart(int s) {
        return s == 0 ? 0 : sentenceEnds[s - 1];
    }

    /** Offset in {@link #ids()} just past the last token of sentence {@code s}. */
    int sentenceEnd(int s) {
        return sentenceEnds[s];
    }

    /**
     * Splits the sentences into {@code parts} contiguous runs of about equal word counts: element
     * {@code i} is the first sentence of part {@code i}, and the last element is {@link #sentences()}.
     */
    int[] split(int parts) {
        int[] bounds = new int[parts + 1];
        int s = 0;
        for (int p = 1; p < parts; p++) {
            long target = (long) words * p / parts;
            while (s < sentences && sentenceEnds[s] <= target) {
                s++;
            }
            bounds[p] = s;
        }
        bounds[parts] = sentences;
        return bounds;
    }

    /** Accumulates ids into growing arrays. */
    private static final class Builder {
        private final Vocabulary vocabulary;
        private final int maxSentenceLength;
        private int[] ids;
        private int words;
        private int[] ends = new int[1 << 12];
        private int sentences;

        Builder(Vocabulary vocabulary, int maxSentenceLength) {
            this.vocabulary = vocabulary;
            this.maxSentenceLength = maxSentenceLength;
            // The vocabulary's total count is the exact number of in-vocabulary tokens when it was
            // counted on this source: sized by it, the array is never copied to grow, and no half of
            // it stands empty (doubling held one and a half times the final array at the last copy).
            this.ids = new int[(int) Math.clamp(vocabulary.totalCount(), 1 << 16, 1 << 28)];
        }

        void add(int id) {
            if (id < 0) {
                return;
            }
            if (words == ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[words++] = id;
            if (words - lastEnd() == maxSentenceLength) {
                endSentence();
            }
        }

        void endSentence() {
            if (words == lastEnd()) {
                return;
            }
            if (sentences == ends.length) {
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            ends[sentences++] = words;
        }

        private int lastEnd() {
            return sentences == 0 ? 0 : ends[sentences - 1];
        }

        EncodedCorpus build() {
            return new EncodedCorpus(vocabulary, ids, words, ends, sentences);
        }
    }
}
