package io.textkit.corpora;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads word-similarity files, {@code w1 w2 score} per line: WordSim-353, RG-65, MC-30 and the
 * like.
 *
 * <ul>
 *   <li>A line that contains a tab is split on tabs, any other on runs of spaces, so a
 *       tab-separated header with spaces in its names is still three fields.</li>
 *   <li>Lines starting with {@code #} are comments; blank lines are skipped.</li>
 *   <li>Header: the first data line is skipped when its last field is not a number
 *       ({@code Word 1<TAB>Word 2<TAB>Human (mean)}). Any later line whose score does not parse, or
 *       that does not hold exactly three fields, is malformed.</li>
 * </ul>
 */
public final class SimilarityPairs {
    private static final Pattern TABS = Pattern.compile("\t");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SimilarityPairs() {
    }

    /** The pairs in {@code file}, strictly read. */
    public static Corpus<SimilarityPair> read(Path file) {
        return read(file, ReadOptions.STRICT);
    }

    /** The pairs in {@code file}, read as {@code options} say. */
    public static Corpus<SimilarityPair> read(Path file, ReadOptions options) {
        return ParsedCorpus.of(List.of(file), options, HeaderAware::new);
    }

    /** Parses lines, allowing the first data line to be a header. */
    private static final class HeaderAware implements LineParser<SimilarityPair> {
        private boolean beforeFirstLine = true;

        @Override
        public SimilarityPair parse(String line, LineReader at) throws TextFormatException {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                return null;
            }
            String[] fields = (text.indexOf('\t') >= 0 ? TABS : SPACES).split(text);
            boolean first = beforeFirstLine;
            beforeFirstLine = false;
            Double score = number(fields[fields.length - 1].strip());
            if (score == null && first) {
                return null;
            }
            if (fields.length != 3) {
                throw at.error("expected 3 fields (w1 w2 score), found " + fields.length + ": " + text);
            }
            if (score == null) {
                throw at.error("score is not a number: '" + fields[2].strip() + "'");
            }
            String w1 = fields[0].strip();
            String w2 = fields[1].strip();
            if (w1.isEmpty() || w2.isEmpty()) {
                throw at.error("empty word");
            }
            return new SimilarityPair(w1, w2, score);
        }

        /** The finite number {@code field} holds, or null. */
        private static Double number(String field) {
            try {
                double value = Double.parseDouble(field);
                return Double.isFinite(value) ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
