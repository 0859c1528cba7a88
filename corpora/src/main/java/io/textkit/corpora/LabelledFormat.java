package io.textkit.corpora;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The line layouts of labelled text datasets, each able to parse one line. Text and labels are
 * returned without surrounding whitespace; an empty text or an empty label is malformed.
 */
public enum LabelledFormat {
    /**
     * fastText: {@code __label__pos __label__x some text}. The leading words that start with
     * {@code __label__} are the labels, returned without the prefix; at least one is required.
     * Unlike fastText itself, a {@code __label__} word after the text starts is kept as text.
     */
    FASTTEXT {
        @Override
        LabelledExample parse(String line, LineReader at) throws TextFormatException {
            List<String> labels = new ArrayList<>(1);
            int i = skipSpace(line, 0);
            while (line.startsWith(FASTTEXT_PREFIX, i)) {
                int end = skipWord(line, i);
                String label = line.substring(i + FASTTEXT_PREFIX.length(), end);
                if (label.isEmpty()) {
                    throw at.error("empty label: '" + FASTTEXT_PREFIX + "' with no name after it");
                }
                labels.add(label);
                i = skipSpace(line, end);
            }
            if (labels.isEmpty()) {
                throw at.error("no label: a fastText line starts with " + FASTTEXT_PREFIX + "<name>");
            }
            return example(line.substring(i), labels, at);
        }
    },
    /** {@code label<TAB>text}, as in the R8 and R52 Reuters sets. Further tabs belong to the text. */
    LABEL_TAB_TEXT {
        @Override
        LabelledExample parse(String line, LineReader at) throws TextFormatException {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw at.error("no tab between label and text");
            }
            return example(line.substring(tab + 1), line.substring(0, tab), at);
        }

        @Override
        boolean isHeader(String line) {
            int tab = line.indexOf('\t');
            return tab >= 0 && isColumnName(line.substring(0, tab));
        }
    },
    /**
     * {@code text<TAB>label}, as in GLUE SST-2, AG News and the UCI sentiment sets. The label is
     * after the last tab, so earlier tabs belong to the text.
     */
    TEXT_TAB_LABEL {
        @Override
        LabelledExample parse(String line, LineReader at) throws TextFormatException {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw at.error("no tab between text and label");
            }
            return example(line.substring(0, tab), line.substring(tab + 1), at);
        }

        @Override
        boolean isHeader(String line) {
            int tab = line.lastIndexOf('\t');
            return tab >= 0 && isColumnName(line.substring(tab + 1));
        }
    },
    /**
     * {@code label text}: the first word, up to the first space or tab, is the label; as in Kim
     * (2014)'s sentence sets ({@code 1 a stirring , funny ...}).
     */
    LABEL_SPACE_TEXT {
        @Override
        LabelledExample parse(String line, LineReader at) throws TextFormatException {
            int end = skipWord(line, 0);
            if (end == 0) {
                throw at.error("empty label: the line starts with whitespace");
            }
            return example(line.substring(end), line.substring(0, end), at);
        }
    };

    /** The label marker of fastText files. */
    public static final String FASTTEXT_PREFIX = "__label__";

    private static final Set<String> COLUMN_NAMES =
            Set.of("label", "labels", "score", "class", "category", "sentiment", "polarity", "target");

    /** Parses one non-blank line; throws {@code at.error(...)} when it does not fit. */
    abstract LabelledExample parse(String line, LineReader at) throws TextFormatException;

    /** Whether {@code line} looks like a row of column names; see {@link Header#DETECT}. */
    boolean isHeader(String line) {
        return false;
    }

    private static boolean isColumnName(String field) {
        return COLUMN_NAMES.contains(field.strip().toLowerCase(Locale.ROOT));
    }

    private static LabelledExample example(String text, String label, LineReader at) throws TextFormatException {
        String name = label.strip();
        if (name.isEmpty()) {
            throw at.error("empty label");
        }
        return example(text, List.of(name), at);
    }

    private static LabelledExample example(String text, List<String> labels, LineReader at)
            throws TextFormatException {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw at.error("no text after the label" + (labels.size() == 1 ? "" : "s") + " " + labels);
        }
        return new LabelledExample(stripped, labels);
    }

    private static int skipSpace(String line, int i) {
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipWord(String line, int i) {
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
