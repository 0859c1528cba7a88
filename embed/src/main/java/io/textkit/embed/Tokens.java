package io.textkit.embed;

import java.util.function.Consumer;

/** Splits a line on whitespace without a regular expression: this runs once per corpus token. */
final class Tokens {
    private Tokens() {}

    /** Calls {@code action} with each maximal run of non-whitespace characters in {@code line}. */
    static void forEach(String line, Consumer<String> action) {
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
                action.accept(line.substring(start, i));
            }
        }
    }
}
