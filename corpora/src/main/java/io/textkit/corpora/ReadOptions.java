package io.textkit.corpora;

import java.util.Objects;

/**
 * How strictly a corpus reads its files. The default is strict on both counts: malformed UTF-8 and
 * malformed lines stop reading with an error naming the file and line.
 *
 * @param utf8           what to do with bytes that are not UTF-8
 * @param malformedLines what to do with lines that do not fit the format
 */
public record ReadOptions(MalformedInput utf8, MalformedLineHandler malformedLines) {
    /** Strict decoding, stop at the first malformed line. */
    public static final ReadOptions STRICT = new ReadOptions(MalformedInput.REPORT, MalformedLineHandler.FAIL);

    public ReadOptions {
        Objects.requireNonNull(utf8, "utf8");
        Objects.requireNonNull(malformedLines, "malformedLines");
    }

    /** These options, but replacing malformed UTF-8 with U+FFFD instead of failing. */
    public ReadOptions replacingMalformedUtf8() {
        return new ReadOptions(MalformedInput.REPLACE, malformedLines);
    }

    /** These options, but skipping malformed lines and counting them in {@code skipped}. */
    public ReadOptions skippingMalformedLines(SkippedLines skipped) {
        return new ReadOptions(utf8, skipped);
    }
}
