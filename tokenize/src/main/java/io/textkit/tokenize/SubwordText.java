package io.textkit.tokenize;

import java.util.Iterator;

/**
 * The text a subword vocabulary sees: Unicode NFKC, every run of whitespace (and the word-boundary
 * marker {@value #MARKER}, as sentencepiece does) made one space, no space at either end. Both
 * vocabularies promise {@code decode(encode(text)).equals(normalize(text))}, and split the
 * normalised text into words at its spaces only, so no information is lost between words.
 */
public final class SubwordText {
    /** sentencepiece's word-boundary marker, U+2581, which BPE puts before each word. */
    public static final String MARKER = "\u2581";
    static final int MARKER_CODE_POINT = 0x2581;

    /** Character classes: a piece never mixes letters, digits and other characters. */
    static final byte NONE = 0, LETTER = 1, DIGIT = 2, OTHER = 3, MIXED = 4;

    private SubwordText() {
    }

    /** The normalised form of {@code text}; returns {@code text} itself when it is already normal. */
    public static String normalize(String text) {
        String nfkc = Nfkc.normalize(text).toString();
        if (isNormal(nfkc)) {
            return nfkc;
        }
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Counts the words of each line (split at whitespace after {@link #normalize}) into
     * {@code counter}, reading the lines one at a time.
     */
    public static void countWords(Iterator<String> lines, Vocabulary.Counter counter) {
        while (lines.hasNext()) {
            String line = normalize(lines.next());
            int start = 0;
            while (start < line.length()) {
                int space = line.indexOf(' ', start);
                int end = space < 0 ? line.length() : space;
                counter.add(line.substring(start, end));
                start = end + 1;
            }
        }
    }

    /** ASCII fast path: no leading, trailing or doubled space, no other whitespace, no marker. */
    private static boolean isNormal(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c <= ' ') {
                if (c != ' ' || previous == ' ') {
                    return false;
                }
            } else if (c >= 0x80 && (isSpace(c) || Character.isSurrogate(c) && isSpace(text.codePointAt(i)))) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    static boolean isSpace(int cp) {
        return cp == MARKER_CODE_POINT || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The class of one code point: letters and combining marks, digits, everything else. */
    static byte characterClass(int cp) {
        if (Character.isDigit(cp)) {
            return DIGIT;
        }
        if (Character.isLetter(cp)) {
            return LETTER;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK ? LETTER : OTHER;
    }

    /** The class of two adjacent pieces joined; {@link #MIXED} when they may not be merged. */
    static byte join(byte left, byte right) {
        if (left == NONE) {
            return right;
        }
        if (right == NONE || left == right) {
            return left;
        }
        return MIXED;
    }
}
