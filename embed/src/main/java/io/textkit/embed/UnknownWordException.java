package io.textkit.embed;

import java.util.List;

/** A query named words that have no vector; the message lists them all, not only the first. */
public final class UnknownWordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> words;

    /** {@code words} are the unknown words, in the order the query named them. */
    public UnknownWordException(List<String> words) {
        super(message(words));
        this.words = List.copyOf(words);
    }

    /** The words that were not found. */
    public List<String> words() {
        return words;
    }

    private static String message(List<String> words) {
        StringBuilder text = new StringBuilder(words.size() == 1 ? "unknown word " : "unknown words ");
        for (int i = 0; i < words.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(words.get(i)).append('\'');
        }
        return text.append(": not in the vocabulary").toString();
    }
}
