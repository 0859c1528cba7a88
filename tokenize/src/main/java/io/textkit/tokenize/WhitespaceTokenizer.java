package io.textkit.tokenize;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Splits on Unicode white space (Java white space plus the no-break spaces), nothing else: the
 * tokenizer for corpora that are already tokenised, as word2vec reads them. One pass over the
 * characters and one {@code String} per token. Stateless, so thread-safe.
 */
public final class WhitespaceTokenizer implements Tokenizer {
    private final boolean lowercase;
    private final boolean nfkc;

    /**
     * @param lowercase lower-case each token ({@link Locale#ROOT})
     * @param nfkc      NFKC-normalise the text first
     */
    public WhitespaceTokenizer(boolean lowercase, boolean nfkc) {
        this.lowercase = lowercase;
        this.nfkc = nfkc;
    }

    @Override
    public void tokenize(CharSequence text, Consumer<String> sink) {
        CharSequence input = nfkc ? Nfkc.normalize(text) : text;
        int length = input.length();
        int start = -1;
        for (int i = 0; i < length; i++) {
            if (isSpace(input.charAt(i))) {
                if (start >= 0) {
                    emit(input, start, i, sink);
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            emit(input, start, length, sink);
        }
    }

    private void emit(CharSequence text, int start, int end, Consumer<String> sink) {
        String token = text.subSequence(start, end).toString();
        sink.accept(lowercase ? token.toLowerCase(Locale.ROOT) : token);
    }

    /** All Unicode white space lies in the BMP, so testing chars (not code points) is exact. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }
}
