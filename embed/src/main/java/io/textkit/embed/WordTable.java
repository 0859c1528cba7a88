package io.textkit.embed;

import io.textkit.tokenize.Vocabulary;
import java.util.Arrays;

/**
 * Words and their counts in an open-addressing hash table that looks a token up where it sits in
 * its line, so the two passes over a corpus allocate nothing per token: a word's {@code String} is
 * made once, the first time it is seen. Ids are the order of first occurrence.
 *
 * <p>The trainer's counting and encoding passes go through it instead of a {@code HashMap<String,…>}
 * keyed by a fresh substring per token, which made about a gigabyte of short-lived strings on the
 * 9.4M-word benchmark corpus and grew the young generation to match. Not thread-safe.
 */
final class WordTable {
    private String[] words = new String[1 << 10];
    private int[] hashes = new int[1 << 10];
    private long[] counts = new long[1 << 10];
    private int[] slots = new int[1 << 11];   // id + 1, or 0 for an empty slot; a power of two
    private int size;

    /** A table holding {@code vocabulary}'s words, each with its vocabulary id. */
    static WordTable of(Vocabulary vocabulary) {
        var table = new WordTable();
        for (int id = 0; id < vocabulary.size(); id++) {
            String word = vocabulary.word(id);
            table.insert(word, hash(word, 0, word.length()));
        }
        return table;
    }

    /** Number of distinct words. */
    int size() {
        return size;
    }

    String word(int id) {
        return words[id];
    }

    long count(int id) {
        return counts[id];
    }

    /** The id of {@code line[start..end)}, or −1 when it is not in the table. */
    int id(String line, int start, int end) {
        return find(line, start, end, hash(line, start, end));
    }

    /** Counts one occurrence of {@code line[start..end)}, adding the word when it is new. */
    void count(String line, int start, int end) {
        int h = hash(line, start, end);
        int id = find(line, start, end, h);
        if (id < 0) {
            id = insert(line.substring(start, end), h);   // may replace counts: index it afterwards
        }
        counts[id]++;
    }

    private int find(String line, int start, int end, int h) {
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (id < 0 || hashes[id] == h && matches(words[id], line, start, end)) {
                return id;
            }
        }
    }

    private int insert(String word, int h) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        if (2 * (size + 1) > slots.length) {
            rehash(slots.length * 2);
        }
        int id = size++;
        words[id] = word;
        hashes[id] = h;
        place(id);
        return id;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int id = 0; id < size; id++) {
            place(id);
        }
    }

    private void place(int id) {
        int mask = slots.length - 1;
        int s = hashes[id] & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = id + 1;
    }

    private static boolean matches(String word, String line, int start, int end) {
        return word.length() == end - start && line.regionMatches(start, word, 0, end - start);
    }

    /** String's hash of the characters, then mixed so that linear probing sees well-spread low bits. */
    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s.charAt(i);
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
