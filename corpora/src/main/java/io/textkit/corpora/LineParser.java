package io.textkit.corpora;

/**
 * Turns one line into a record; {@link ParsedCorpus} owns opening, line numbers, malformed-line
 * policy and closing. A parser may keep state across the lines of one pass (a header seen, the
 * current section), so each pass gets a fresh one.
 *
 * @param <T> the record type
 */
@FunctionalInterface
interface LineParser<T> {
    /**
     * Returns the record on {@code line}, or null when the line holds none (blank, comment, header).
     * Throws {@code at.error(...)} when the line does not fit the format.
     */
    T parse(String line, LineReader at) throws TextFormatException;
}
