package io.textkit.embed;

/** Splits a line on whitespace without a regular expression: this runs once per corpus token. */
final class Tokens {
    private Tokens() {}

    /** Receives a token as the range {@code [start, end)} of its line, so no string is made for it. */
    @FunctionalInterface
    interface Consumer {
        void accept(String line, int start, int end);
    }

    /** Calls {@code action} with each maximal run of non-whitespace characters in {@code line}. */
    static void forEach(String line, Consumer action) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                action.accept(line, start, i);
            }
        }
    }
}
