package io.textkit.tokenize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Learns merges from counted words, the BPE way, for both {@link BpeVocabulary} and
 * {@link WordPieceVocabulary}: repeatedly join the adjacent pair of pieces that occurs most often,
 * counting each word as often as it occurs, until the pieces reach the target number or no pair
 * occurs {@code minFrequency} times.
 *
 * <p>Ties go to the pair whose left piece has the smaller id, then whose right piece has: the
 * alphabet takes ids in code point order, each new piece the next id. A pair whose pieces belong
 * to different character classes ({@link SubwordText#characterClass}) is never counted, and a
 * piece the caller refuses (a BERT special, a word-initial {@code ##...}) is never made.
 *
 * <p>Counts are updated incrementally, never recounted: each pair keeps the words that contain it,
 * so a merge visits only those; a max-heap holds (count, pair) entries, stale entries being
 * dropped or re-queued with the current count when they reach the top. A pair's count can only
 * grow when it contains the newest piece, and only then is it queued anew; so the queue always
 * holds an entry at least as large as each pair's count, and the top entry that matches its
 * pair's current count is the true maximum.
 */
final class PairMerger {
    private final int[][] words;
    private final int[] lengths;
    private final long[] wordCounts;
    private final int[] wordStamps;

    private final List<String> pieces = new ArrayList<>();
    private final HashMap<String, Integer> pieceIds = new HashMap<>();
    private byte[] classes = new byte[256];

    private final PairMap pairSlots;
    private long[] pairKeys = new long[1024];
    private long[] pairCounts = new long[1024];
    private int[][] pairWords = new int[1024][];
    private int[] pairWordCounts = new int[1024];
    private int[] pairStamps = new int[1024];
    private int pairs;

    private long[] heapCounts = new long[1024];
    private long[] heapKeys = new long[1024];
    private int heapSize;

    private final int[] scratch;
    private int[] touched;
    private int touchedCount;
    private int stamp;

    /** One learned merge: pieces {@code left} and {@code right} make piece {@code result}. */
    record Merge(int left, int right, int result) {
    }

    /**
     * @param alphabet the initial pieces, in id order; each word's symbols are indices into it
     * @param alphabetClasses the character class of each alphabet piece
     * @param words each distinct word as its initial symbols; read and then modified
     * @param counts how often each word occurs
     */
    PairMerger(List<String> alphabet, byte[] alphabetClasses, int[][] words, long[] counts) {
        for (int i = 0; i < alphabet.size(); i++) {
            addPiece(alphabet.get(i), alphabetClasses[i]);
        }
        this.words = words;
        this.wordCounts = counts;
        this.lengths = new int[words.length];
        this.wordStamps = new int[words.length];
        int longest = 1;
        long positions = 0;
        for (int w = 0; w < words.length; w++) {
            lengths[w] = words[w].length;
            longest = Math.max(longest, lengths[w]);
            positions += lengths[w];
        }
        scratch = new int[longest];
        touched = new int[1024];
        pairSlots = new PairMap((int) Math.min(1 << 24, Math.max(1024, positions / 4)));
        for (int w = 0; w < words.length; w++) {
            int[] s = words[w];
            for (int i = 0; i + 1 < lengths[w]; i++) {
                int slot = addCount(s[i], s[i + 1], counts[w]);
                if (slot >= 0) {
                    addWord(slot, w);
                }
            }
        }
        for (int slot = 0; slot < pairs; slot++) {
            push(pairCounts[slot], pairKeys[slot]);
        }
    }

    /**
     * Merges until there are {@code targetPieces} distinct pieces or the best pair occurs fewer
     * than {@code minFrequency} times.
     *
     * @param join the piece two adjacent pieces make, or null when they may not be joined
     */
    List<Merge> learn(int targetPieces, long minFrequency, BinaryOperator<String> join) {
        List<Merge> merges = new ArrayList<>();
        while (pieces.size() < targetPieces && heapSize > 0) {
            long count = heapCounts[0];
            long key = heapKeys[0];
            pop();
            int slot = pairSlots.get(key);
            long current = pairCounts[slot];
            if (count != current) {
                if (count > current && current > 0) {
                    push(current, key);
                }
                continue;
            }
            if (current < Math.max(1, minFrequency)) {
                break;
            }
            int left = PairMap.left(key);
            int right = PairMap.right(key);
            String joined = join.apply(pieces.get(left), pieces.get(right));
            if (joined == null) {
                continue;
            }
            Integer existing = pieceIds.get(joined);
            int result = existing != null ? existing : addPiece(joined, SubwordText.join(classes[left], classes[right]));
            merges.add(new Merge(left, right, result));
            apply(slot, left, right, result);
        }
        return merges;
    }

    /** Every piece in id order: the alphabet, then each new piece in the order it was made. */
    List<String> pieces() {
        return pieces;
    }

    private void apply(int slot, int left, int right, int result) {
        stamp++;
        touchedCount = 0;
        int[] containing = pairWords[slot];
        int n = pairWordCounts[slot];
        pairWords[slot] = null;
        pairWordCounts[slot] = 0;
        for (int i = 0; i < n; i++) {
            int w = containing[i];
            if (wordStamps[w] != stamp) {
                wordStamps[w] = stamp;
                mergeWord(w, left, right, result);
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            push(pairCounts[touched[i]], pairKeys[touched[i]]);
        }
    }

    /**
     * Joins every non-overlapping occurrence of (left, right) in word {@code w}, left to right:
     * the word's old pairs are uncounted and its new ones counted, and the word is listed under
     * each new pair holding {@code result}.
     */
    private void mergeWord(int w, int left, int right, int result) {
        int[] s = words[w];
        int n = lengths[w];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i + 1 < n && s[i] == left && s[i + 1] == right) {
                scratch[m++] = result;
                i++;
            } else {
                scratch[m++] = s[i];
            }
        }
        if (m == n) {
            return;
        }
        long c = wordCounts[w];
        for (int i = 0; i + 1 < n; i++) {
            addCount(s[i], s[i + 1], -c);
        }
        System.arraycopy(scratch, 0, s, 0, m);
        lengths[w] = m;
        for (int i = 0; i + 1 < m; i++) {
            int slot = addCount(s[i], s[i + 1], c);
            if (slot >= 0 && (s[i] == result || s[i + 1] == result)) {
                addWord(slot, w);
                if (pairStamps[slot] != stamp) {
                    pairStamps[slot] = stamp;
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = slot;
                }
            }
        }
    }

    /** Adds {@code delta} to the pair's count; returns its slot, or -1 for a pair never counted. */
    private int addCount(int left, int right, long delta) {
        if (SubwordText.join(classes[left], classes[right]) == SubwordText.MIXED) {
            return -1;
        }
        long key = PairMap.pack(left, right);
        int slot = pairSlots.get(key);
        if (slot < 0) {
            slot = pairs++;
            if (slot == pairKeys.length) {
                int size = slot * 2;
                pairKeys = Arrays.copyOf(pairKeys, size);
                pairCounts = Arrays.copyOf(pairCounts, size);
                pairWords = Arrays.copyOf(pairWords, size);
                pairWordCounts = Arrays.copyOf(pairWordCounts, size);
                pairStamps = Arrays.copyOf(pairStamps, size);
            }
            pairKeys[slot] = key;
            pairSlots.put(key, slot);
        }
        pairCounts[slot] += delta;
        return slot;
    }

    private void addWord(int slot, int w) {
        int[] list = pairWords[slot];
        int n = pairWordCounts[slot];
        if (list == null) {
            list = pairWords[slot] = new int[4];
        } else if (list[n - 1] == w) {
            return;
        } else if (n == list.length) {
            list = pairWords[slot] = Arrays.copyOf(list, n * 2);
        }
        list[n] = w;
        pairWordCounts[slot] = n + 1;
    }

    private int addPiece(String piece, byte pieceClass) {
        int id = pieces.size();
        pieces.add(piece);
        pieceIds.put(piece, id);
        if (id == classes.length) {
            classes = Arrays.copyOf(classes, id * 2);
        }
        classes[id] = pieceClass;
        return id;
    }

    /** Heap order: larger count first, then smaller key (left id, then right id). */
    private boolean before(long countA, long keyA, long countB, long keyB) {
        return countA > countB || countA == countB && keyA < keyB;
    }

    private void push(long count, long key) {
        if (count <= 0) {
            return;
        }
        if (heapSize == heapCounts.length) {
            heapCounts = Arrays.copyOf(heapCounts, heapSize * 2);
            heapKeys = Arrays.copyOf(heapKeys, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(count, key, heapCounts[parent], heapKeys[parent])) {
                break;
            }
            heapCounts[i] = heapCounts[parent];
            heapKeys[i] = heapKeys[parent];
            i = parent;
        }
        heapCounts[i] = count;
        heapKeys[i] = key;
    }

    private void pop() {
        long count = heapCounts[--heapSize];
        long key = heapKeys[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && before(heapCounts[child + 1], heapKeys[child + 1], heapCounts[child], heapKeys[child])) {
                child++;
            }
            if (!before(heapCounts[child], heapKeys[child], count, key)) {
                break;
            }
            heapCounts[i] = heapCounts[child];
            heapKeys[i] = heapKeys[child];
            i = child;
        }
        heapCounts[i] = count;
        heapKeys[i] = key;
    }
}
