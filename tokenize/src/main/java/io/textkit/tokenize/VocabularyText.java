package io.textkit.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the text form of a {@link Vocabulary}; see {@link Vocabulary#save}. */
final class VocabularyText {
    private VocabularyText() {
    }

    /** Refuses a word the line-and-tab format cannot hold. */
    static void checkWritable(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException("cannot save word '" + word.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
                        + "' as vocabulary text: it contains a tab or line break; save the vocabulary as JSON instead");
            }
        }
    }

    static Vocabulary read(BufferedReader in, String source) throws IOException {
        String header = readLine(in, source, 1);
        if (header == null) {
            throw error(source, 1, "empty file, expected the header '" + Vocabulary.FORMAT + "<TAB>" + Vocabulary.VERSION + "'");
        }
        String[] fields = header.split("\t", -1);
        if (fields.length < 2 || !fields[0].equals(Vocabulary.FORMAT)) {
            throw error(source, 1, "not a vocabulary file: the header must start with '" + Vocabulary.FORMAT + "<TAB>" + Vocabulary.VERSION + "'");
        }
        if (!fields[1].equals(Integer.toString(Vocabulary.VERSION))) {
            throw error(source, 1, "unsupported vocabulary format version '" + fields[1] + "', expected " + Vocabulary.VERSION);
        }
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 2; i < fields.length; i++) {
            if (!seen.add(fields[i])) {
                throw error(source, 1, "special token '" + fields[i] + "' is listed twice");
            }
            words.add(fields[i]);
        }
        int specials = words.size();
        long[] counts = new long[1024];
        long previous = Long.MAX_VALUE;
        int lineNumber = 1;
        for (String line = readLine(in, source, 2); line != null; line = readLine(in, source, lineNumber + 1)) {
            lineNumber++;
            int tab = line.indexOf('\t');
            if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
                throw error(source, lineNumber, "expected 'word<TAB>count', got '" + line + "'");
            }
            String word = line.substring(0, tab);
            long count;
            try {
                count = Long.parseLong(line.substring(tab + 1));
            } catch (NumberFormatException e) {
                throw error(source, lineNumber, "count '" + line.substring(tab + 1) + "' of word '" + word + "' is not an integer");
            }
            if (count < 1) {
                throw error(source, lineNumber, "count of word '" + word + "' must be positive, got " + count);
            }
            if (count > previous) {
                throw error(source, lineNumber, "count " + count + " of word '" + word + "' is larger than the "
                        + previous + " before it; words must be in decreasing count order");
            }
            if (!seen.add(word)) {
                throw error(source, lineNumber, "word '" + word + "' appears twice");
            }
            int id = words.size();
            words.add(word);
            if (id >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(2 * counts.length, id + 1));
            }
            counts[id] = count;
            previous = count;
        }
        return Vocabulary.of(words.toArray(new String[0]), Arrays.copyOf(counts, words.size()), specials);
    }

    /**
     * The next line, {@code line}; the reader decodes strictly, and its own error for bad UTF-8
     * ("Input length = 1") would name neither the file nor the line. It decodes ahead in blocks, so
     * the bad bytes may be on a later line than the one asked for.
     */
    private static String readLine(BufferedReader in, String source, int line) throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new IOException(source + ": not valid UTF-8 text, at line " + line + " or after it", e);
        }
    }

    private static IOException error(String source, int line, String message) {
        return new IOException(source + ", line " + line + ": " + message);
    }
}
