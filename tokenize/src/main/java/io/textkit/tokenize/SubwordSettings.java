package io.textkit.tokenize;

import java.util.Objects;

/**
 * How to learn a subword vocabulary.
 *
 * @param vocabularySize the number of ids wanted, specials included; the result is smaller when
 *     no pair occurs {@code minFrequency} times any more, and larger when the training text has
 *     more distinct characters than fit, since every character is kept so that every training
 *     line can be spelled
 * @param minFrequency the fewest occurrences of a pair that may still be merged (at least 1)
 * @param specials the reserved tokens, which take the first ids
 */
public record SubwordSettings(int vocabularySize, long minFrequency, SpecialTokens specials) {
    public SubwordSettings {
        Objects.requireNonNull(specials, "specials");
        if (vocabularySize <= specials.all().size()) {
            throw new IllegalArgumentException("vocabulary size " + vocabularySize + " leaves no room beside the "
                    + specials.all().size() + " special tokens");
        }
        if (minFrequency < 1) {
            throw new IllegalArgumentException("minimum frequency must be at least 1, got " + minFrequency);
        }
    }

    /** {@code vocabularySize} ids, pairs seen at least twice, sentencepiece's specials. */
    public static SubwordSettings of(int vocabularySize) {
        return new SubwordSettings(vocabularySize, 2, SpecialTokens.SENTENCEPIECE);
    }
}
