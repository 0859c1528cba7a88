package io.textkit.corpora;

import java.util.Locale;
import java.util.Objects;

/**
 * One word-analogy question, "{@code a} is to {@code b} as {@code c} is to ?", whose answer is
 * {@code expected}: {@code Athens Greece Baghdad Iraq}.
 *
 * @param section the {@code : section} it belongs to, such as {@code capital-common-countries}
 */
public record AnalogyQuestion(String section, String a, String b, String c, String expected) {
    public AnalogyQuestion {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * This question with its four words in lower case (the section name is kept), for vectors
     * trained on lowercased text: the Google set capitalises names ({@code Athens}).
     */
    public AnalogyQuestion lowercase() {
        return new AnalogyQuestion(section, lower(a), lower(b), lower(c), lower(expected));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
