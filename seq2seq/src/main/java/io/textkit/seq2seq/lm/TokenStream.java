package io.textkit.seq2seq.lm;

import io.textkit.tokenize.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A text as the one stream of word ids a language model reads: the words of each line, split on
 * white space, then {@code </s>}, line after line, so that the model learns where sentences end and
 * carries its state across them. Words outside the vocabulary become {@code <unk>}.
 *
 * <p>The vocabulary of a language model has two specials, {@code <unk>} (id 0) and {@code </s>}
 * (id 1), then the training words by decreasing count ({@link #vocabulary}).
 */
public final class TokenStream {
    /** The specials, in id order. */
    public static final List<String> SPECIALS = List.of(Vocabulary.UNK, Vocabulary.EOS);

    private TokenStream() {}

    /**
     * Counts the words of {@code file} (UTF-8 text, gzip-compressed if its name ends in {@code .gz})
     * and keeps those seen at least {@code minCount} times, at most {@code maxSize} types with the
     * specials (0 for no limit).
     */
    public static Vocabulary vocabulary(Path file, int minCount, int maxSize) throws IOException {
        Vocabulary.Counter counter = Vocabulary.counter();
        try (BufferedReader in = open(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (String word : words(line)) {
                    counter.add(word);
                }
            }
        }
        return counter.build(minCount, maxSize, SPECIALS);
    }

    /** The id stream of {@code file}, read line by line; see the class comment. */
    public static int[] read(Path file, Vocabulary vocabulary) throws IOException {
        IdBuffer ids = new IdBuffer();
        try (BufferedReader in = open(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                encodeLine(line, vocabulary, ids);
            }
        }
        return ids.toArray();
    }

    /** The id stream of {@code lines}; see the class comment. */
    public static int[] encode(List<String> lines, Vocabulary vocabulary) {
        IdBuffer ids = new IdBuffer();
        for (String line : lines) {
            encodeLine(line, vocabulary, ids);
        }
        return ids.toArray();
    }

    /** The ids of one line's words, without the {@code </s>} that ends it: a prompt to continue. */
    public static int[] encodeWords(String text, Vocabulary vocabulary) {
        IdBuffer ids = new IdBuffer();
        int unk = vocabulary.id(Vocabulary.UNK);
        for (String word : words(text)) {
            ids.add(vocabulary.id(word, unk));
        }
        return ids.toArray();
    }

    private static void encodeLine(String line, Vocabulary vocabulary, IdBuffer ids) {
        int unk = vocabulary.id(Vocabulary.UNK);
        for (String word : words(line)) {
            ids.add(vocabulary.id(word, unk));
        }
        ids.add(vocabulary.id(Vocabulary.EOS));
    }

    private static String[] words(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    private static BufferedReader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such text file");
        }
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A growing int array, so a corpus of millions of words costs 4 bytes a word, not a boxed Integer. */
    private static final class IdBuffer {
        private int[] ids = new int[1024];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] toArray() {
            return Arrays.copyOf(ids, size);
        }
    }
}
