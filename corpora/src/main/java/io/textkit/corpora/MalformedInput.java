package io.textkit.corpora;

/** What to do with bytes that are not valid UTF-8. */
public enum MalformedInput {
    /**
     * Stop with a {@link TextFormatException} naming the file and line: the default, so bad data is
     * never silently altered.
     */
    REPORT,
    /** Replace each malformed sequence with U+FFFD and go on, for files known to be slightly broken. */
    REPLACE
}
