package io.textkit.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Byte-pair encoding over characters, as sentencepiece's BPE model: every word gets the marker
 * {@value SubwordText#MARKER} in front, is spelled in characters, and the learned merges are
 * applied, lowest rank first (leftmost first among equal ranks), until none applies. A character
 * the vocabulary does not know becomes {@code <unk>}. Decoding joins the pieces and turns each
 * marker into a space, so the word boundaries survive exactly.
 *
 * <p>Learning ({@link #learn}) counts the words of a stream of lines and merges the most frequent
 * adjacent pair, as described in {@link PairMerger}; each merge's result is a new token unless an
 * earlier merge already made the same string. Ids: the specials, then the alphabet (every
 * character of the training text and the marker) in code point order, then the merged pieces in
 * the order they were made.
 *
 * <p>Files ({@link #save}): a vocabulary file with one token per line, the line number (from 0)
 * being the id, and a merges file whose first line is {@code #textkit-bpe-merges 1} followed by one
 * {@code left right} pair per line, highest priority first.
 */
public final class BpeVocabulary extends AbstractSubwordVocabulary {
    static final String FORMAT = "textkit-bpe";
    static final int VERSION = 1;
    static final String MERGES_HEADER = "#textkit-bpe-merges 1";

    private final int marker;
    private final PairMap alphabet;
    private final PairMap ranks;
    private final int[] mergeLefts;
    private final int[] mergeRights;
    private final int[] mergeResults;

    /**
     * @param merges each merge as its left and right token ids, highest priority first
     * @throws IllegalArgumentException for bad tokens (see the superclass), a merge of unknown ids,
     *     a merge listed twice, a merge whose joined string is not a token, or a missing marker
     */
    private BpeVocabulary(List<String> tokens, List<int[]> merges, SpecialTokens specials,
            IntFunction<String> tokenWhere, IntFunction<String> mergeWhere, String source) {
        super(tokens, specials, tokenWhere, source);
        this.alphabet = new PairMap(256);
        for (int id = 0; id < tokens.size(); id++) {
            String token = tokens.get(id);
            boolean single = token.codePointCount(0, token.length()) == 1;
            if (single && !isSpecial(id)) {
                alphabet.put(token.codePointAt(0), id);
            }
            if (!isSpecial(id)) {
                boolean starts = token.startsWith(SubwordText.MARKER);
                setSurface(id, starts ? token.substring(SubwordText.MARKER.length()) : token, starts);
            } else {
                setSurface(id, token, false);
            }
        }
        this.marker = id(SubwordText.MARKER);
        if (marker < 0) {
            throw new IllegalArgumentException(source + ": the word-boundary marker '" + SubwordText.MARKER
                    + "' (U+2581) is not a token");
        }
        this.ranks = new PairMap(merges.size());
        this.mergeLefts = new int[merges.size()];
        this.mergeRights = new int[merges.size()];
        this.mergeResults = new int[merges.size()];
        for (int rank = 0; rank < merges.size(); rank++) {
            int left = merges.get(rank)[0];
            int right = merges.get(rank)[1];
            if (left < 0 || right < 0 || left >= size() || right >= size()) {
                throw new IllegalArgumentException(mergeWhere.apply(rank) + ": merge of unknown token ids " + left + " and " + right);
            }
            if (isSpecial(left) || isSpecial(right)) {
                throw new IllegalArgumentException(mergeWhere.apply(rank) + ": merge '" + token(left) + " " + token(right)
                        + "' involves a special token");
            }
            long key = PairMap.pack(left, right);
            int earlier = ranks.get(key);
            if (earlier >= 0) {
                throw new IllegalArgumentException(mergeWhere.apply(rank) + ": merge '" + token(left) + " " + token(right)
                        + "' is listed twice, first at " + mergeWhere.apply(earlier));
            }
            int result = id(token(left) + token(right));
            if (result < 0) {
                throw new IllegalArgumentException(mergeWhere.apply(rank) + ": merge '" + token(left) + " " + token(right)
                        + "' makes '" + token(left) + token(right) + "', which is not a token");
            }
            ranks.put(key, rank);
            mergeLefts[rank] = left;
            mergeRights[rank] = right;
            mergeResults[rank] = result;
        }
    }

    /**
     * Learns a vocabulary from lines of text, read one at a time.
     *
     * @param lines the training text; only the word counts are kept
     */
    public static BpeVocabulary learn(Iterator<String> lines, SubwordSettings settings) {
        Vocabulary.Counter counter = Vocabulary.counter();
        SubwordText.countWords(lines, counter);
        return learn(counter, settings);
    }

    /** Learns a vocabulary from word counts made by {@link SubwordText#countWords}. */
    public static BpeVocabulary learn(Vocabulary.Counter wordCounts, SubwordSettings settings) {
        Vocabulary words = wordCounts.build(1, 0, List.of());
        TreeSet<Integer> codePoints = new TreeSet<>();
        codePoints.add(SubwordText.MARKER_CODE_POINT);
        for (String word : words.words()) {
            word.codePoints().forEach(codePoints::add);
        }
        List<String> alphabet = new ArrayList<>();
        byte[] classes = new byte[codePoints.size()];
        HashMap<Integer, Integer> symbolOf = new HashMap<>();
        for (int cp : codePoints) {
            classes[alphabet.size()] = cp == SubwordText.MARKER_CODE_POINT ? SubwordText.NONE : SubwordText.characterClass(cp);
            symbolOf.put(cp, alphabet.size());
            alphabet.add(Character.toString(cp));
        }
        int[][] symbols = new int[words.size()][];
        long[] counts = new long[words.size()];
        for (int w = 0; w < words.size(); w++) {
            String word = words.word(w);
            int[] s = new int[1 + word.codePointCount(0, word.length())];
            s[0] = symbolOf.get(SubwordText.MARKER_CODE_POINT);
            int i = 1;
            for (int k = 0; k < word.length(); ) {
                int cp = word.codePointAt(k);
                s[i++] = symbolOf.get(cp);
                k += Character.charCount(cp);
            }
            symbols[w] = s;
            counts[w] = words.count(w);
        }
        Set<String> specials = new HashSet<>(settings.specials().all());
        PairMerger merger = new PairMerger(alphabet, classes, symbols, counts);
        int k = specials.size();
        List<PairMerger.Merge> merges = merger.learn(settings.vocabularySize() - k, settings.minFrequency(),
                (left, right) -> specials.contains(left + right) ? null : left + right);
        List<String> tokens = new ArrayList<>(settings.specials().all());
        tokens.addAll(merger.pieces());
        List<int[]> pairs = new ArrayList<>();
        for (PairMerger.Merge merge : merges) {
            pairs.add(new int[] {merge.left() + k, merge.right() + k});
        }
        return new BpeVocabulary(tokens, pairs, settings.specials(), id -> "token " + id, rank -> "merge " + rank, "learned BPE");
    }

    @Override
    int[] encodeWord(String word) {
        int n = 1 + word.codePointCount(0, word.length());
        int[] symbols = new int[n];
        int[] next = new int[n];
        int[] previous = new int[n];
        symbols[0] = marker;
        int unk = unkId();
        for (int i = 1, k = 0; i < n; i++) {
            int cp = word.codePointAt(k);
            k += Character.charCount(cp);
            int id = alphabet.get(cp);
            symbols[i] = id < 0 ? unk : id;
        }
        // A min-heap of (rank << 32 | position): the best merge first, the leftmost among equals.
        long[] heap = new long[3 * n];
        int heapSize = 0;
        for (int i = 0; i < n; i++) {
            next[i] = i + 1;
            previous[i] = i - 1;
            if (i + 1 < n) {
                int rank = ranks.get(PairMap.pack(symbols[i], symbols[i + 1]));
                if (rank >= 0) {
                    heapSize = push(heap, heapSize, (long) rank << 32 | i);
                }
            }
        }
        int remaining = n;
        while (heapSize > 0) {
            long top = heap[0];
            heapSize = pop(heap, heapSize);
            int i = (int) top;
            int rank = (int) (top >>> 32);
            int j = next[i];
            if (symbols[i] < 0 || j >= n || ranks.get(PairMap.pack(symbols[i], symbols[j])) != rank) {
                continue;
            }
            symbols[i] = mergeResults[rank];
            symbols[j] = -1;
            next[i] = next[j];
            if (next[j] < n) {
                previous[next[j]] = i;
            }
            remaining--;
            if (previous[i] >= 0) {
                int before = ranks.get(PairMap.pack(symbols[previous[i]], symbols[i]));
                if (before >= 0) {
                    heapSize = push(heap, heapSize, (long) before << 32 | previous[i]);
                }
            }
            if (next[i] < n) {
                int after = ranks.get(PairMap.pack(symbols[i], symbols[next[i]]));
                if (after >= 0) {
                    heapSize = push(heap, heapSize, (long) after << 32 | i);
                }
            }
        }
        int[] pieces = new int[remaining];
        for (int i = 0, p = 0; i < n; i = next[i]) {
            pieces[p++] = symbols[i];
        }
        return pieces;
    }

    private static int push(long[] heap, int size, long value) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= value) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = value;
        return size + 1;
    }

    private static int pop(long[] heap, int size) {
        long last = heap[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= last) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = last;
        return size;
    }

    /** Number of merges. */
    public int mergeCount() {
        return mergeResults.length;
    }

    /** Merge {@code rank} as its two tokens, {@code "left right"}. */
    public String merge(int rank) {
        return token(mergeLefts[rank]) + " " + token(mergeRights[rank]);
    }

    /** Writes the vocabulary file and the merges file described in the class comment. */
    public void save(Path vocabularyFile, Path mergesFile) throws IOException {
        SubwordFiles.writeLines(vocabularyFile, tokens());
        List<String> lines = new ArrayList<>(mergeCount() + 1);
        lines.add(MERGES_HEADER);
        for (int rank = 0; rank < mergeCount(); rank++) {
            lines.add(merge(rank));
        }
        SubwordFiles.writeLines(mergesFile, lines);
    }

    /**
     * Reads the files {@link #save} wrote; {@code specials} names the reserved tokens, which the
     * vocabulary file must hold.
     *
     * @throws IOException naming the file and line of the first problem
     */
    public static BpeVocabulary load(Path vocabularyFile, Path mergesFile, SpecialTokens specials) throws IOException {
        List<String> tokens = SubwordFiles.readLines(vocabularyFile);
        List<String> lines = SubwordFiles.readLines(mergesFile);
        if (lines.isEmpty() || !lines.get(0).equals(MERGES_HEADER)) {
            throw new IOException(mergesFile + ", line 1: not a BPE merges file: the first line must be '" + MERGES_HEADER + "'");
        }
        HashMap<String, Integer> ids = new HashMap<>();
        for (int id = tokens.size() - 1; id >= 0; id--) {
            ids.put(tokens.get(id), id);
        }
        List<int[]> merges = new ArrayList<>();
        for (int line = 1; line < lines.size(); line++) {
            String text = lines.get(line);
            String[] parts = text.split(" ", -1);
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new IOException(mergesFile + ", line " + (line + 1) + ": expected 'left right', two tokens and one space, got '" + text + "'");
            }
            Integer left = ids.get(parts[0]);
            Integer right = ids.get(parts[1]);
            if (left == null || right == null) {
                throw new IOException(mergesFile + ", line " + (line + 1) + ": token '" + (left == null ? parts[0] : parts[1])
                        + "' is not in " + vocabularyFile);
            }
            merges.add(new int[] {left, right});
        }
        try {
            return new BpeVocabulary(tokens, merges, specials, id -> vocabularyFile + ", line " + (id + 1),
                    rank -> mergesFile + ", line " + (rank + 2), vocabularyFile.toString());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * {@code {"format":"textkit-bpe","version":1,"specials":{...},"tokens":[...],"merges":["left right",...]}}.
     */
    @Override
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        node.put("version", VERSION);
        node.set("specials", specials().toJson());
        ArrayNode tokenArray = node.putArray("tokens");
        tokens().forEach(tokenArray::add);
        ArrayNode mergeArray = node.putArray("merges");
        for (int rank = 0; rank < mergeCount(); rank++) {
            mergeArray.add(merge(rank));
        }
        return node;
    }

    /**
     * Reads what {@link #toJson} wrote, with the same checks as {@link #load}.
     *
     * @throws IllegalArgumentException naming the field or entry that is wrong
     */
    public static BpeVocabulary fromJson(JsonNode node) {
        Objects.requireNonNull(node, "BPE JSON");
        String where = "BPE vocabulary JSON";
        SubwordJson.checkFormat(node, FORMAT, VERSION, where);
        SpecialTokens specials = SpecialTokens.fromJson(node.get("specials"), where);
        List<String> tokens = SubwordJson.strings(node, "tokens", where);
        List<String> mergeTexts = SubwordJson.strings(node, "merges", where);
        HashMap<String, Integer> ids = new HashMap<>();
        for (int id = tokens.size() - 1; id >= 0; id--) {
            ids.put(tokens.get(id), id);
        }
        List<int[]> merges = new ArrayList<>();
        for (int rank = 0; rank < mergeTexts.size(); rank++) {
            String[] parts = mergeTexts.get(rank).split(" ", -1);
            Integer left = parts.length == 2 ? ids.get(parts[0]) : null;
            Integer right = parts.length == 2 ? ids.get(parts[1]) : null;
            if (left == null || right == null) {
                throw new IllegalArgumentException(where + ": merges[" + rank + "] must be two tokens of 'tokens' and one space, got '"
                        + mergeTexts.get(rank) + "'");
            }
            merges.add(new int[] {left, right});
        }
        return new BpeVocabulary(tokens, merges, specials, id -> where + ": tokens[" + id + "]",
                rank -> where + ": merges[" + rank + "]", where);
    }
}
