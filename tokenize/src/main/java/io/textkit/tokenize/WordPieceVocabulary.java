package io.textkit.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * BERT's WordPiece: a word is split greedily, longest match first, into a word-initial piece and
 * continuation pieces written with the prefix {@value #CONTINUATION} ({@code playing} → {@code play
 * ##ing}). A word with a character no piece covers, or longer than {@link #maxCharsPerWord()}
 * characters, becomes {@code [UNK]} as a whole. Decoding puts a space before every word-initial
 * piece, so the word boundaries survive exactly.
 *
 * <p>Unlike BERT's basic tokenizer this one neither lowercases nor splits punctuation from words
 * (that would lose the spaces); words are what {@link SubwordText} splits at whitespace.
 *
 * <p>Learning ({@link #learn}) spells each word as its first character and continuation
 * characters and merges the most frequent adjacent pair ({@link PairMerger}), as Hugging Face's
 * WordPiece trainer does; the vocabulary is then every piece made, and encoding uses only the
 * longest-match rule. Ids: the specials, the alphabet in code point order (a character before its
 * continuation form), then the merged pieces in the order they were made. A word-initial piece
 * never starts with {@value #CONTINUATION}.
 *
 * <p>File ({@link #save}): BERT's {@code vocab.txt}, one token per line, the line number (from
 * 0) being the id; Google's published files load as they are.
 */
public final class WordPieceVocabulary extends AbstractSubwordVocabulary {
    static final String FORMAT = "textkit-wordpiece";
    static final int VERSION = 1;
    /** The prefix of a piece that continues a word. */
    public static final String CONTINUATION = "##";
    /** BERT's default for the longest word it splits. */
    public static final int DEFAULT_MAX_CHARS_PER_WORD = 100;

    private final HashMap<String, Integer> initial = new HashMap<>();
    private final HashMap<String, Integer> continuation = new HashMap<>();
    private final int longestPiece;
    private final int maxCharsPerWord;

    private WordPieceVocabulary(List<String> tokens, SpecialTokens specials, int maxCharsPerWord,
            IntFunction<String> where, String source) {
        super(tokens, specials, where, source);
        if (maxCharsPerWord < 1) {
            throw new IllegalArgumentException("maximum characters per word must be positive, got " + maxCharsPerWord);
        }
        this.maxCharsPerWord = maxCharsPerWord;
        int longest = 1;
        for (int id = 0; id < tokens.size(); id++) {
            String token = tokens.get(id);
            if (isSpecial(id)) {
                setSurface(id, token, true);
                continue;
            }
            if (token.startsWith(CONTINUATION) && token.length() > CONTINUATION.length()) {
                String content = token.substring(CONTINUATION.length());
                continuation.put(content, id);
                setSurface(id, content, false);
                longest = Math.max(longest, content.codePointCount(0, content.length()));
            } else {
                initial.put(token, id);
                setSurface(id, token, true);
                longest = Math.max(longest, token.codePointCount(0, token.length()));
            }
        }
        this.longestPiece = longest;
    }

    /**
     * Learns a vocabulary from lines of text, read one at a time; words longer than
     * {@code maxCharsPerWord} characters are left out, since they would encode as {@code [UNK]}.
     */
    public static WordPieceVocabulary learn(Iterator<String> lines, SubwordSettings settings, int maxCharsPerWord) {
        Vocabulary.Counter counter = Vocabulary.counter();
        SubwordText.countWords(lines, counter);
        return learn(counter, settings, maxCharsPerWord);
    }

    /** Learns a vocabulary from word counts made by {@link SubwordText#countWords}. */
    public static WordPieceVocabulary learn(Vocabulary.Counter wordCounts, SubwordSettings settings, int maxCharsPerWord) {
        Vocabulary counted = wordCounts.build(1, 0, List.of());
        List<String> words = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        // Alphabet entries are code points, negated for the continuation form so each sorts apart.
        TreeSet<Long> alphabetKeys = new TreeSet<>();
        for (int w = 0; w < counted.size(); w++) {
            String word = counted.word(w);
            if (word.codePointCount(0, word.length()) > maxCharsPerWord) {
                continue;
            }
            words.add(word);
            counts.add(counted.count(w));
            int[] cps = word.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                alphabetKeys.add(alphabetKey(cps[i], i > 0));
            }
        }
        List<String> alphabet = new ArrayList<>();
        byte[] classes = new byte[alphabetKeys.size()];
        HashMap<Long, Integer> symbolOf = new HashMap<>();
        for (long key : alphabetKeys) {
            int cp = (int) (key >> 1);
            classes[alphabet.size()] = SubwordText.characterClass(cp);
            symbolOf.put(key, alphabet.size());
            alphabet.add(((key & 1) == 1 ? CONTINUATION : "") + Character.toString(cp));
        }
        int[][] symbols = new int[words.size()][];
        long[] wordCountArray = new long[words.size()];
        for (int w = 0; w < words.size(); w++) {
            int[] cps = words.get(w).codePoints().toArray();
            symbols[w] = new int[cps.length];
            for (int i = 0; i < cps.length; i++) {
                symbols[w][i] = symbolOf.get(alphabetKey(cps[i], i > 0));
            }
            wordCountArray[w] = counts.get(w);
        }
        Set<String> specials = new HashSet<>(settings.specials().all());
        PairMerger merger = new PairMerger(alphabet, classes, symbols, wordCountArray);
        int k = specials.size();
        merger.learn(settings.vocabularySize() - k, settings.minFrequency(), (left, right) -> {
            String joined = left + right.substring(CONTINUATION.length());
            boolean wordInitial = !left.startsWith(CONTINUATION);
            return specials.contains(joined) || wordInitial && joined.startsWith(CONTINUATION) ? null : joined;
        });
        List<String> tokens = new ArrayList<>(settings.specials().all());
        tokens.addAll(merger.pieces());
        return new WordPieceVocabulary(tokens, settings.specials(), maxCharsPerWord, id -> "token " + id, "learned WordPiece");
    }

    private static long alphabetKey(int cp, boolean continues) {
        return (long) cp << 1 | (continues ? 1 : 0);
    }

    /**
     * A vocabulary of the given tokens, in id order, as BERT's {@code vocab.txt} lists them.
     *
     * @throws IllegalArgumentException for an empty, repeated or whitespace-holding token or a
     *     missing special
     */
    public static WordPieceVocabulary of(List<String> tokens, SpecialTokens specials, int maxCharsPerWord) {
        return new WordPieceVocabulary(tokens, specials, maxCharsPerWord, id -> "token " + id, "WordPiece tokens");
    }

    /** The longest word, in characters, split into pieces rather than made {@code [UNK]}. */
    public int maxCharsPerWord() {
        return maxCharsPerWord;
    }

    @Override
    int[] encodeWord(String word) {
        int[] cps = word.codePoints().toArray();
        if (cps.length > maxCharsPerWord) {
            return new int[] {unkId()};
        }
        int[] pieces = new int[cps.length];
        int n = 0;
        for (int start = 0; start < cps.length; ) {
            HashMap<String, Integer> table = start == 0 ? initial : continuation;
            int found = -1;
            int end = Math.min(cps.length, start + longestPiece);
            for (; end > start; end--) {
                Integer id = table.get(new String(cps, start, end - start));
                if (id != null) {
                    found = id;
                    break;
                }
            }
            if (found < 0) {
                return new int[] {unkId()};
            }
            pieces[n++] = found;
            start = end;
        }
        return n == pieces.length ? pieces : Arrays.copyOf(pieces, n);
    }

    /** Writes BERT's {@code vocab.txt}: one token per line in id order. */
    public void save(Path vocabTxt) throws IOException {
        SubwordFiles.writeLines(vocabTxt, tokens());
    }

    /**
     * Reads a {@code vocab.txt} (one token per line, id = line number from 0); {@code specials}
     * names the reserved tokens, which the file must hold ({@link SpecialTokens#BERT} for
     * Google's files).
     *
     * @throws IOException naming the file and line of the first problem
     */
    public static WordPieceVocabulary load(Path vocabTxt, SpecialTokens specials, int maxCharsPerWord) throws IOException {
        List<String> tokens = SubwordFiles.readLines(vocabTxt);
        try {
            return new WordPieceVocabulary(tokens, specials, maxCharsPerWord, id -> vocabTxt + ", line " + (id + 1), vocabTxt.toString());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** {@code {"format":"textkit-wordpiece","version":1,"specials":{...},"maxCharsPerWord":100,"tokens":[...]}}. */
    @Override
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        node.put("version", VERSION);
        node.set("specials", specials().toJson());
        node.put("maxCharsPerWord", maxCharsPerWord);
        ArrayNode tokenArray = node.putArray("tokens");
        tokens().forEach(tokenArray::add);
        return node;
    }

    /**
     * Reads what {@link #toJson} wrote, with the same checks as {@link #load}.
     *
     * @throws IllegalArgumentException naming the field or entry that is wrong
     */
    public static WordPieceVocabulary fromJson(JsonNode node) {
        Objects.requireNonNull(node, "WordPiece JSON");
        String where = "WordPiece vocabulary JSON";
        SubwordJson.checkFormat(node, FORMAT, VERSION, where);
        SpecialTokens specials = SpecialTokens.fromJson(node.get("specials"), where);
        int maxChars = SubwordJson.positiveInt(node, "maxCharsPerWord", where);
        List<String> tokens = SubwordJson.strings(node, "tokens", where);
        return new WordPieceVocabulary(tokens, specials, maxChars, id -> where + ": tokens[" + id + "]", where);
    }
}
