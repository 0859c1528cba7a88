package io.textkit.tokenize;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Character-level tokens for CJK text: every Han, Hiragana, Katakana, Bopomofo or Hangul character
 * is a token of its own; a run of other letters, digits and combining marks (Latin, Cyrillic,
 * digits, ...) is one word; white space separates and is dropped; every other character
 * (punctuation, symbols, emoji) is kept as a one-character token, because in short Chinese texts
 * such as reviews "！" or "？" carry signal. Stateless, so thread-safe.
 */
public final class CharacterTokenizer implements Tokenizer {
    private final boolean lowercase;
    private final boolean nfkc;

    /**
     * @param lowercase lower-case the words of non-CJK letters ({@link Locale#ROOT})
     * @param nfkc      NFKC-normalise the text first (turns fullwidth Latin and digits into ASCII)
     */
    public CharacterTokenizer(boolean lowercase, boolean nfkc) {
        this.lowercase = lowercase;
        this.nfkc = nfkc;
    }

    @Override
    public void tokenize(CharSequence text, Consumer<String> sink) {
        String input = (nfkc ? Nfkc.normalize(text) : text).toString();
        int length = input.length();
        int wordStart = -1;
        int i = 0;
        while (i < length) {
            int cp = input.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordPart(cp) && !isCjk(cp)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else {
                if (wordStart >= 0) {
                    String word = input.substring(wordStart, i);
                    sink.accept(lowercase ? word.toLowerCase(Locale.ROOT) : word);
                    wordStart = -1;
                }
                if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                    sink.accept(input.substring(i, next));
                }
            }
            i = next;
        }
        if (wordStart >= 0) {
            String word = input.substring(wordStart);
            sink.accept(lowercase ? word.toLowerCase(Locale.ROOT) : word);
        }
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }
}
