package io.textkit.seq2seq.eval;

import java.util.ArrayList;
import java.util.List;

/** Whitespace handling as Python's {@code str.split()} and {@code str.rstrip()} do it, which sacrebleu relies on. */
final class Words {
    private Words() {}

    /** Whether a code point is whitespace to Python (Unicode spaces included). */
    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || (codePoint >= 0x1c && codePoint <= 0x1f) || codePoint == 0x85;
    }

    /** The maximal runs of non-space characters. */
    static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    words.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(s.substring(start));
        }
        return words;
    }

    /** {@code s} without trailing spaces. */
    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(0, end);
    }
}
