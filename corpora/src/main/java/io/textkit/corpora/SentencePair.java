package io.textkit.corpora;

import java.util.Objects;

/**
 * A sentence and its translation, as a sequence-to-sequence model trains on it.
 *
 * @param source the sentence in the source language
 * @param target its translation
 */
public record SentencePair(String source, String target) {
    public SentencePair {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
