package io.textkit.corpora;

import java.nio.file.Path;
import java.util.List;

/**
 * Labelled text for classifiers, one example per line in one of the {@link LabelledFormat}s. Blank
 * lines are skipped; a line that does not fit the format stops reading with an error naming the
 * file and line, unless the {@link ReadOptions} skip malformed lines.
 *
 * <pre>{@code
 * SkippedLines skipped = new SkippedLines();
 * Corpus<LabelledExample> train = LabelledCorpus.of(path, LabelledFormat.TEXT_TAB_LABEL,
 *         Header.DETECT, ReadOptions.STRICT.skippingMalformedLines(skipped));
 * }</pre>
 */
public final class LabelledCorpus {
    private LabelledCorpus() {
    }

    /** The examples in {@code file}, detecting a header line, strictly read. */
    public static Corpus<LabelledExample> of(Path file, LabelledFormat format) {
        return of(List.of(file), format, Header.DETECT, ReadOptions.STRICT);
    }

    /**
     * The examples in {@code files}, one file after another.
     *
     * @param header whether each file starts with column names; only the tab-separated formats can
     *               detect one, the others never have one unless told {@link Header#PRESENT}
     */
    public static Corpus<LabelledExample> of(List<Path> files, LabelledFormat format, Header header,
            ReadOptions options) {
        return ParsedCorpus.of(files, options, () -> parser(format, header));
    }

    private static LineParser<LabelledExample> parser(LabelledFormat format, Header header) {
        return new LineParser<>() {
            private boolean beforeFirstLine = true;

            @Override
            public LabelledExample parse(String line, LineReader at) throws TextFormatException {
                if (line.isBlank()) {
                    return null;
                }
                if (beforeFirstLine) {
                    beforeFirstLine = false;
                    if (header == Header.PRESENT || header == Header.DETECT && format.isHeader(line)) {
                        return null;
                    }
                }
                return format.parse(line, at);
            }
        };
    }
}
