package io.textkit.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a document into sentences, for models that read documents as sentences of words (HAN).
 * Rule-based and immutable, so one splitter can serve every thread.
 *
 * <p>The rules, in the one place they are written:
 * <ul>
 *   <li>A sentence ends after a run of {@code . ! ? …}, with any closing quotes or brackets that
 *       follow it, when white space or the end of the text comes next. So {@code 3.14} and
 *       {@code example.com} stay whole.</li>
 *   <li>Tokens standing alone after that end still belong to the sentence when they are only
 *       terminators or closing brackets ({@code it was bad . . .}, {@code ( so it goes . )}), or a
 *       straight double quote closing one the sentence opened: tokenised corpora write them so.</li>
 *   <li>…but there is no end where closing quotes or brackets are followed by {@code , ; :}, or
 *       attached ones by a lowercase word: {@code "Stop!" she said.} is one sentence.</li>
 *   <li>…nor after a single full stop that ends a known abbreviation ({@code Mr.}, {@code Dr.},
 *       {@code etc.}, {@code e.g.}, {@code U.S.}, {@code Ph.D.}, any {@code x.y.} of single letters,
 *       also tokenised as {@code mr .}) or an initial ({@code J. R. R. Tolkien}).</li>
 *   <li>A sentence always ends after {@code 。 ！ ？} (CJK text has no spaces), with any closing
 *       quotes or brackets.</li>
 *   <li>A blank line always ends a sentence. A single line break is a space, so hard-wrapped prose
 *       reads as it should, unless {@link #splittingAtNewlines()} makes every line break a boundary,
 *       for one-sentence-per-line input whose lines may lack a final full stop.</li>
 *   <li>Sentences come back trimmed; empty ones are dropped.</li>
 * </ul>
 *
 * <p>Otherwise case is not a clue: lowercased corpora ({@code it was bad . the plot ...}) split like
 * cased text. That is why the JDK's {@link java.text.BreakIterator} is not used: it breaks after
 * {@code Mr.} before a capital and does not break before a lowercase sentence start.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "etc", "cf", "al", "approx", "inc", "ltd",
            "co", "corp", "dept", "univ", "fig", "figs", "vol", "vols", "pp", "ed", "eds", "gen", "col", "lt", "sgt",
            "capt", "gov", "sen", "rep", "rev", "hon", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "ph.d");
    private static final String TERMINATORS = ".!?\u2026";
    private static final String CJK_TERMINATORS = "\u3002\uff01\uff1f\uff61";
    private static final String OPENERS = "\"'([{\u00ab\u2018\u201c";
    private static final String CLOSERS = "\"')]}\u00bb\u2019\u201d\u300d\u300f\uff09\u3011";
    /** What a token standing alone after a sentence's end may consist of and still belong to it. */
    private static final String DETACHED = ".!?\u2026)]}";

    private static final SentenceSplitter ENGLISH = new SentenceSplitter(false);

    private final boolean newlines;

    private SentenceSplitter(boolean newlines) {
        this.newlines = newlines;
    }

    /** The splitter for English and for CJK text, line breaks read as spaces. */
    public static SentenceSplitter english() {
        return ENGLISH;
    }

    /** This splitter, but every line break also ends a sentence. */
    public SentenceSplitter splittingAtNewlines() {
        return new SentenceSplitter(true);
    }

    /** The sentences of {@code text}, in order, trimmed and non-empty. */
    public List<String> split(CharSequence text) {
        List<String> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n' && (newlines || blankLineFollows(text, i + 1))) {
                end = i;
            } else if (CJK_TERMINATORS.indexOf(c) >= 0) {
                end = skipClosers(text, skip(text, i, CJK_TERMINATORS));
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int run = skip(text, i, TERMINATORS);
                int after = skipClosers(text, run);
                if (after < n && !Character.isWhitespace(text.charAt(after))
                        || c == '.' && run == i + 1 && abbreviationEndsAt(text, i)) {
                    i = after;
                    continue;
                }
                int absorbed = absorbDetached(text, start, after);
                boolean closed = after > run || containsCloser(text, after, absorbed);
                char next = nextVisible(text, absorbed);
                if (closed && ",;:".indexOf(next) >= 0 || after > run && Character.isLowerCase(next)) {
                    i = absorbed;
                    continue;
                }
                end = absorbed;
            }
            if (end < 0) {
                i++;
                continue;
            }
            add(sentences, text, start, end);
            start = end;
            i = Math.max(end, i + 1);
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static void add(List<String> sentences, CharSequence text, int start, int end) {
        String sentence = text.subSequence(start, end).toString().strip();
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
    }

    /** The index after the run of {@code chars} that starts at {@code i}. */
    private static int skip(CharSequence text, int i, String chars) {
        while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int skipClosers(CharSequence text, int i) {
        return skip(text, i, CLOSERS);
    }

    /**
     * The end of the tokens after {@code at} that belong to the sentence ending there although
     * spaces stand between: more terminators ({@code . . .}), closing brackets, and a straight double
     * quote that closes one the sentence opened, as tokenised corpora write them.
     */
    private static int absorbDetached(CharSequence text, int start, int at) {
        while (true) {
            int from = at;
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int to = from;
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            String token = text.subSequence(from, to).toString();
            boolean closesQuote = token.equals("\"") && count(text, start, at, '"') % 2 == 1;
            if (token.isEmpty() || !closesQuote && !token.chars().allMatch(ch -> DETACHED.indexOf(ch) >= 0)) {
                return at;
            }
            at = to;
        }
    }

    private static int count(CharSequence text, int from, int to, char c) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    private static boolean containsCloser(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLOSERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first character at or after {@code i} that is not white space, or a space at the end. */
    private static char nextVisible(CharSequence text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : ' ';
    }

    /** Whether only spaces and tabs stand between {@code i} and the next line feed. */
    private static boolean blankLineFollows(CharSequence text, int i) {
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the full stop at {@code dot} ends an abbreviation or an initial: the word it is attached
     * to, or in tokenised text ({@code mr . smith}) the word before it.
     */
    private static boolean abbreviationEndsAt(CharSequence text, int dot) {
        boolean detached = dot > 0 && text.charAt(dot - 1) == ' ';
        int to = detached ? dot - 1 : dot;
        int from = to;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && OPENERS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String word = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            // Tokenised "so do i ." ends a sentence; an initial is "J." or "j ." but not "i ." or "a .".
            return !detached || word.charAt(0) != 'i' && word.charAt(0) != 'a';
        }
        return ABBREVIATIONS.contains(word) || word.matches("(\\p{L}\\.)+\\p{L}");
    }
}
