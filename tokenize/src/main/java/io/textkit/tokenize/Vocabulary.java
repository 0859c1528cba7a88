package io.textkit.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable mapping between words and dense ids, with the word counts word2vec needs.
 *
 * <p>Ids: the specials given to {@link Counter#build} come first (ids {@code 0..k-1}, count 0),
 * then the counted words by decreasing count, ties broken by first occurrence in the counted
 * stream (the sort is stable), as in the word2vec C code and gensim. Subsampling
 * ({@link #keepProbabilities}), the noise table and the Huffman tree cover only the counted
 * words: a special is never kept, never drawn as noise and has an empty code.
 *
 * <p>{@link #id} is one {@link HashMap} lookup: fast enough for the training loops, which map a
 * sentence to ids once and then work on ints. Safe to share between threads.
 */
public final class Vocabulary {
    public static final String PAD = "<pad>", UNK = "<unk>", BOS = "<s>", EOS = "</s>", CLS = "[CLS]", SEP = "[SEP]", MASK = "[MASK]";

    /** Names the text and JSON formats; the version after it changes when the format does. */
    static final String FORMAT = "textkit-vocabulary";
    static final int VERSION = 1;

    private final String[] words;
    private final long[] counts;
    private final int specials;
    private final long totalCount;
    private final Map<String, Integer> ids;
    private final List<String> wordList;

    private Vocabulary(String[] words, long[] counts, int specials) {
        this.words = words;
        this.counts = counts;
        this.specials = specials;
        this.ids = new HashMap<>(words.length * 4 / 3 + 1);
        long total = 0;
        for (int id = 0; id < words.length; id++) {
            if (ids.putIfAbsent(words[id], id) != null) {
                throw new IllegalArgumentException("word '" + words[id] + "' appears twice in the vocabulary");
            }
            total += counts[id];
        }
        this.totalCount = total;
        this.wordList = Collections.unmodifiableList(Arrays.asList(words));
    }

    /** A new, empty counter for streaming a corpus through. */
    public static Counter counter() {
        return new Counter();
    }

    /** Number of ids, specials included. */
    public int size() {
        return words.length;
    }

    /** The word's id, or -1 when it is not in the vocabulary. */
    public int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    /** The word's id, or {@code fallback} (typically the id of {@link #UNK}) when absent. */
    public int id(String word, int fallback) {
        Integer id = ids.get(word);
        return id == null ? fallback : id;
    }

    public String word(int id) {
        return words[id];
    }

    /** The word's count in the counted stream; 0 for specials. */
    public long count(int id) {
        return counts[id];
    }

    /** Σ count over the counted words kept in the vocabulary (specials count 0). */
    public long totalCount() {
        return totalCount;
    }

    /** All words in id order, specials first; unmodifiable. */
    public List<String> words() {
        return wordList;
    }

    /**
     * This vocabulary followed by those of {@code words} it lacks, in their order, each counted once;
     * the ids of its own words stay as they are. A classifier trained from pretrained vectors takes
     * in this way the words training did not see, as fastText's {@code -pretrainedVectors} does, so
     * that such words keep their vectors at prediction time.
     */
    public Vocabulary withWords(Iterable<String> words) {
        List<String> added = new ArrayList<>();
        HashMap<String, Integer> seen = new HashMap<>(ids);
        for (String word : words) {
            if (seen.putIfAbsent(Objects.requireNonNull(word, "word"), seen.size()) == null) {
                added.add(word);
            }
        }
        if (added.isEmpty()) {
            return this;
        }
        String[] allWords = Arrays.copyOf(this.words, this.words.length + added.size());
        long[] allCounts = Arrays.copyOf(counts, allWords.length);
        for (int i = 0; i < added.size(); i++) {
            allWords[this.words.length + i] = added.get(i);
            allCounts[this.words.length + i] = 1;
        }
        return of(allWords, allCounts, specials);
    }

    /** Number of specials, which hold ids {@code 0 .. specialCount()-1}. */
    public int specialCount() {
        return specials;
    }

    /** The specials in id order; unmodifiable. */
    public List<String> specials() {
        return wordList.subList(0, specials);
    }

    /**
     * Per id, the probability of keeping an occurrence of the word under word2vec's frequent-word
     * subsampling (the C code's formula). With {@code f} the word's count, {@code T} the total
     * count and {@code s} the sample threshold:
     * {@code keep = min(1, (sqrt(f / (s·T)) + 1) · s·T / f)}. Specials get 0; {@code sample ≤ 0}
     * turns subsampling off (every word 1).
     */
    public float[] keepProbabilities(double sample) {
        float[] keep = new float[words.length];
        double threshold = sample * totalCount;
        for (int id = specials; id < words.length; id++) {
            if (sample <= 0) {
                keep[id] = 1f;
            } else {
                double f = counts[id];
                keep[id] = (float) Math.min(1.0, (Math.sqrt(f / threshold) + 1) * threshold / f);
            }
        }
        return keep;
    }

    /**
     * The unigram noise table of word2vec's negative sampling: {@code size} ids in which word
     * {@code i} fills a share {@code count(i)^power / Σ_j count(j)^power} of the cells (the C
     * code uses power 0.75), in id order, so a uniformly random cell draws a word with that
     * probability. Built deterministically; each word's number of cells is within one of its exact
     * share. Specials never appear.
     *
     * @throws IllegalStateException when the vocabulary has no counted words
     */
    public int[] noiseTable(int size, double power) {
        if (size <= 0) {
            throw new IllegalArgumentException("noise table size must be positive, got " + size);
        }
        if (!Double.isFinite(power)) {
            throw new IllegalArgumentException("noise power must be finite, got " + power);
        }
        if (specials == words.length) {
            throw new IllegalStateException("cannot build a noise table: the vocabulary has no counted words");
        }
        double norm = 0;
        for (int id = specials; id < words.length; id++) {
            norm += Math.pow(counts[id], power);
        }
        int[] table = new int[size];
        int id = specials;
        int last = words.length - 1;
        // Cells [ceil(size·F(i-1)), ceil(size·F(i))) go to word i, with F the cumulative share.
        double end = size * (Math.pow(counts[id], power) / norm);
        double cumulative = Math.pow(counts[id], power) / norm;
        for (int cell = 0; cell < size; cell++) {
            while (cell >= end && id < last) {
                id++;
                cumulative += Math.pow(counts[id], power) / norm;
                end = size * cumulative;
            }
            table[cell] = id;
        }
        return table;
    }

    /** The Huffman code of the counted words for hierarchical softmax; built on each call, so keep it. */
    public HuffmanTree huffmanTree() {
        return new HuffmanTree(counts, specials);
    }

    /**
     * Writes the vocabulary as UTF-8 text: a header line {@code textkit-vocabulary<TAB>1} followed
     * by one {@code <TAB>special} per special, then {@code word<TAB>count} per counted word in id
     * order. Words containing a tab, line feed or carriage return cannot be written and are refused.
     */
    public void save(Path file) throws IOException {
        for (String w : words) {
            VocabularyText.checkWritable(w);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(FORMAT);
            out.write('\t');
            out.write(Integer.toString(VERSION));
            for (int id = 0; id < specials; id++) {
                out.write('\t');
                out.write(words[id]);
            }
            out.write('\n');
            for (int id = specials; id < words.length; id++) {
                out.write(words[id]);
                out.write('\t');
                out.write(Long.toString(counts[id]));
                out.write('\n');
            }
        }
    }

    /**
     * Reads a file written by {@link #save}, checking the header, that every line is
     * {@code word<TAB>count} with a positive count, that counts do not increase and that no word
     * repeats.
     *
     * @throws IOException naming the file and line of the first problem
     */
    public static Vocabulary load(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return VocabularyText.read(in, file.toString());
        }
    }

    /**
     * The vocabulary as JSON for a model file's metadata:
     * {@code {"format":"textkit-vocabulary","version":1,"specials":[...],"words":[...],"counts":[...]}},
     * where {@code words} and {@code counts} are the counted words in id order after the specials.
     */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        node.put("version", VERSION);
        ArrayNode specialArray = node.putArray("specials");
        for (int id = 0; id < specials; id++) {
            specialArray.add(words[id]);
        }
        ArrayNode wordArray = node.putArray("words");
        ArrayNode countArray = node.putArray("counts");
        for (int id = specials; id < words.length; id++) {
            wordArray.add(words[id]);
            countArray.add(counts[id]);
        }
        return node;
    }

    /**
     * Reads what {@link #toJson} wrote, with the same checks as {@link #load}.
     *
     * @throws IllegalArgumentException naming the field or entry that is wrong
     */
    public static Vocabulary fromJson(JsonNode node) {
        Objects.requireNonNull(node, "vocabulary JSON");
        if (!node.isObject()) {
            throw new IllegalArgumentException("vocabulary JSON must be an object, got " + node.getNodeType());
        }
        if (!FORMAT.equals(node.path("format").asText(null))) {
            throw new IllegalArgumentException("vocabulary JSON: field 'format' must be '" + FORMAT + "', got " + node.get("format"));
        }
        if (!node.path("version").isInt() || node.get("version").intValue() != VERSION) {
            throw new IllegalArgumentException("vocabulary JSON: unsupported 'version' " + node.get("version") + ", expected " + VERSION);
        }
        JsonNode specialArray = array(node, "specials");
        JsonNode wordArray = array(node, "words");
        JsonNode countArray = array(node, "counts");
        if (wordArray.size() != countArray.size()) {
            throw new IllegalArgumentException("vocabulary JSON: 'words' has " + wordArray.size()
                    + " entries but 'counts' has " + countArray.size());
        }
        int k = specialArray.size();
        String[] words = new String[k + wordArray.size()];
        long[] counts = new long[words.length];
        for (int i = 0; i < k; i++) {
            words[i] = text(specialArray, "specials", i);
        }
        for (int i = 0; i < wordArray.size(); i++) {
            words[k + i] = text(wordArray, "words", i);
            JsonNode c = countArray.get(i);
            if (!c.canConvertToLong() || !c.isIntegralNumber() || c.longValue() < 1) {
                throw new IllegalArgumentException("vocabulary JSON: counts[" + i + "] must be a positive integer, got " + c);
            }
            counts[k + i] = c.longValue();
            if (i > 0 && counts[k + i] > counts[k + i - 1]) {
                throw new IllegalArgumentException("vocabulary JSON: counts[" + i + "] = " + counts[k + i]
                        + " is larger than the count before it; counts must not increase");
            }
        }
        return of(words, counts, k);
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("vocabulary JSON: field '" + field + "' must be an array");
        }
        return value;
    }

    private static String text(JsonNode array, String field, int i) {
        JsonNode value = array.get(i);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("vocabulary JSON: " + field + "[" + i + "] must be a string, got " + value);
        }
        return value.textValue();
    }

    /** Assembles a checked vocabulary; the arrays are taken over, not copied. */
    static Vocabulary of(String[] words, long[] counts, int specials) {
        return new Vocabulary(words, counts, specials);
    }

    /**
     * Counts words from a stream of tokens. Not thread-safe: give each thread its own counter and
     * {@link #merge} them. Each distinct word costs one map entry holding a mutable count, so an
     * increment allocates nothing.
     */
    public static final class Counter {
        /** A word's running count and the rank of its first occurrence, for stable tie-breaking. */
        private static final class Tally {
            final String word;
            final int first;
            long count;

            Tally(String word, int first) {
                this.word = word;
                this.first = first;
            }
        }

        private final HashMap<String, Tally> tallies = new HashMap<>(1 << 16);
        private long total;

        private Counter() {
        }

        /** Counts one occurrence of {@code word}. */
        public void add(String word) {
            add(word, 1);
        }

        /** Counts {@code times} occurrences of {@code word}. */
        public void add(String word, long times) {
            Tally tally = tallies.get(word);
            if (tally == null) {
                Objects.requireNonNull(word, "word");
                if (times < 0) {
                    throw new IllegalArgumentException("cannot count a word a negative number of times: " + times);
                }
                tally = new Tally(word, tallies.size());
                tallies.put(word, tally);
            } else if (times < 0) {
                throw new IllegalArgumentException("cannot count a word a negative number of times: " + times);
            }
            tally.count += times;
            total += times;
        }

        public void addAll(Iterable<String> words) {
            for (String word : words) {
                add(word, 1);
            }
        }

        /**
         * Adds the other counter's counts to this one. Words new to this counter rank, for
         * tie-breaking, after all of this counter's words, in the other counter's order; so
         * merging per-thread counters in shard order gives the same ids as one counter over the
         * whole stream. {@code other} is read, not modified.
         */
        public void merge(Counter other) {
            if (other == this) {
                throw new IllegalArgumentException("cannot merge a counter into itself");
            }
            Tally[] theirs = other.inOrder();
            for (Tally tally : theirs) {
                add(tally.word, tally.count);
            }
        }

        /** Number of distinct words counted. */
        public long distinct() {
            return tallies.size();
        }

        /** Number of occurrences counted. */
        public long total() {
            return total;
        }

        /** The count of {@code word} so far, 0 if never seen. */
        public long count(String word) {
            Tally tally = tallies.get(word);
            return tally == null ? 0 : tally.count;
        }

        /**
         * Builds the vocabulary: {@code specials} first, then the words counted at least
         * {@code minCount} times by decreasing count (ties: first occurrence first). With
         * {@code maxSize > 0} only the most frequent words are kept so that {@link #size()}
         * (specials included) is at most {@code maxSize}; {@code maxSize ≤ 0} means unlimited.
         * A counted word equal to a special is dropped: the special's id wins, with count 0.
         * The counter is left unchanged and can go on counting.
         */
        public Vocabulary build(int minCount, int maxSize, List<String> specials) {
            Objects.requireNonNull(specials, "specials");
            int k = specials.size();
            if (maxSize > 0 && maxSize < k) {
                throw new IllegalArgumentException("maxSize " + maxSize + " leaves no room for the " + k + " specials");
            }
            HashMap<String, Integer> specialIds = new HashMap<>();
            for (String special : specials) {
                Objects.requireNonNull(special, "special token");
                if (specialIds.putIfAbsent(special, specialIds.size()) != null) {
                    throw new IllegalArgumentException("special token '" + special + "' is listed twice");
                }
            }
            List<Tally> kept = new ArrayList<>();
            for (Tally tally : inOrder()) {
                if (tally.count >= minCount && tally.count > 0 && !specialIds.containsKey(tally.word)) {
                    kept.add(tally);
                }
            }
            // List.sort is stable and the list is in first-occurrence order, so ties keep it.
            kept.sort((a, b) -> Long.compare(b.count, a.count));
            int n = maxSize > 0 ? Math.min(kept.size(), maxSize - k) : kept.size();
            String[] words = new String[k + n];
            long[] counts = new long[k + n];
            for (int i = 0; i < k; i++) {
                words[i] = specials.get(i);
            }
            for (int i = 0; i < n; i++) {
                Tally tally = kept.get(i);
                words[k + i] = tally.word;
                counts[k + i] = tally.count;
            }
            return of(words, counts, k);
        }

        private Tally[] inOrder() {
            Tally[] order = new Tally[tallies.size()];
            for (Tally tally : tallies.values()) {
                order[tally.first] = tally;
            }
            return order;
        }
    }
}
