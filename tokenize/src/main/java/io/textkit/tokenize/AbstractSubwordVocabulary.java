package io.textkit.tokenize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * What both subword vocabularies share: the token table, the special ids, and the encoding loop,
 * which normalises the text, splits it at spaces and looks each word up in a bounded cache before
 * asking the subclass to split it ({@link #encodeWord}). Decoding writes each id's surface text,
 * with a space before every piece that starts a word but the first.
 */
abstract class AbstractSubwordVocabulary implements SubwordVocabulary {
    /** Words longer than this are split every time rather than cached, so the cache stays small. */
    private static final int LONGEST_CACHED_WORD = 48;
    private static final int CACHE_ENTRIES = 1 << 17;

    private final String[] tokens;
    private final Map<String, Integer> ids;
    private final SpecialTokens specials;
    private final boolean[] skipped;
    private final String[] surfaces;
    private final boolean[] startsWord;
    private final int unk;
    private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();

    /**
     * @param where names token {@code i}'s place for error messages ("vocab.txt, line 3")
     * @throws IllegalArgumentException for an empty or repeated token, one with whitespace, or a
     *     missing special
     */
    AbstractSubwordVocabulary(List<String> tokens, SpecialTokens specials, IntFunction<String> where, String source) {
        this.tokens = tokens.toArray(new String[0]);
        this.specials = specials;
        this.ids = new HashMap<>(tokens.size() * 4 / 3 + 1);
        for (int id = 0; id < this.tokens.length; id++) {
            String token = this.tokens[id];
            if (token.isEmpty()) {
                throw new IllegalArgumentException(where.apply(id) + ": empty token");
            }
            for (int i = 0; i < token.length(); ) {
                int cp = token.codePointAt(i);
                if (SubwordText.isSpace(cp) && cp != SubwordText.MARKER_CODE_POINT) {
                    throw new IllegalArgumentException(where.apply(id) + ": token '" + token + "' contains whitespace");
                }
                i += Character.charCount(cp);
            }
            Integer earlier = ids.putIfAbsent(token, id);
            if (earlier != null) {
                throw new IllegalArgumentException(where.apply(id) + ": token '" + token + "' appears twice, first at "
                        + where.apply(earlier));
            }
        }
        this.skipped = new boolean[this.tokens.length];
        for (String special : specials.all()) {
            Integer id = ids.get(special);
            if (id == null) {
                throw new IllegalArgumentException(source + ": special token '" + special + "' is missing; expected "
                        + specials.all());
            }
            skipped[id] = true;
        }
        this.unk = ids.get(specials.unk());
        skipped[unk] = false;
        this.surfaces = new String[this.tokens.length];
        this.startsWord = new boolean[this.tokens.length];
    }

    /** Sets how token {@code id} is written by {@link #decode}; subclasses call it for every id. */
    final void setSurface(int id, String surface, boolean startsWord) {
        surfaces[id] = surface;
        this.startsWord[id] = startsWord;
    }

    /** The ids of one word's pieces (a word has no spaces and is not empty); must not keep state. */
    abstract int[] encodeWord(String word);

    @Override
    public final int[] encode(String text) {
        String normal = SubwordText.normalize(text);
        int length = normal.length();
        int[] out = new int[Math.max(8, length / 4)];
        int n = 0;
        int start = 0;
        while (start < length) {
            int space = normal.indexOf(' ', start);
            int end = space < 0 ? length : space;
            int[] pieces = word(normal.substring(start, end));
            if (n + pieces.length > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, n + pieces.length));
            }
            System.arraycopy(pieces, 0, out, n, pieces.length);
            n += pieces.length;
            start = end + 1;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The word's pieces from the cache, or split and cached; the cache is emptied when full. */
    private int[] word(String word) {
        int[] pieces = cache.get(word);
        if (pieces == null) {
            pieces = encodeWord(word);
            if (word.length() <= LONGEST_CACHED_WORD) {
                if (cache.size() >= CACHE_ENTRIES) {
                    cache.clear();
                }
                cache.put(word, pieces);
            }
        }
        return pieces;
    }

    @Override
    public final String decode(int[] ids) {
        StringBuilder out = new StringBuilder(ids.length * 6);
        for (int id : ids) {
            if (id < 0 || id >= tokens.length) {
                throw new IllegalArgumentException("cannot decode id " + id + ": the vocabulary has ids 0 to " + (tokens.length - 1));
            }
            if (skipped[id]) {
                continue;
            }
            if (startsWord[id] && out.length() > 0) {
                out.append(' ');
            }
            out.append(surfaces[id]);
        }
        return out.toString();
    }

    @Override
    public final int size() {
        return tokens.length;
    }

    @Override
    public final int id(String token) {
        Integer id = ids.get(token);
        return id == null ? -1 : id;
    }

    @Override
    public final String token(int id) {
        return tokens[id];
    }

    @Override
    public final SpecialTokens specials() {
        return specials;
    }

    @Override
    public final int unkId() {
        return unk;
    }

    /** Every token in id order; unmodifiable. */
    public final List<String> tokens() {
        return List.of(tokens);
    }

    final boolean isSpecial(int id) {
        return skipped[id] || id == unk;
    }
}
