package io.textkit.seq2seq.decode;

/**
 * Limits every decoder applies to each hypothesis, whatever the search: how short and how long it
 * may be and which repeats are forbidden. Lengths count the tokens before the end token.
 *
 * @param minLength the end token is forbidden until a hypothesis has this many tokens
 * @param maxLength a hypothesis that reaches this many tokens is ended (its next token is forced
 *     to be the end token)
 * @param maxLengthRatio if positive, a sentence's hypotheses also end at {@code ⌈ratio × source
 *     length⌉} tokens (at least 1), so a runaway translation cannot outgrow its source; 0 turns it off
 * @param noRepeatNgramSize if positive, no n-gram of this size appears twice in a hypothesis
 *     (fairseq's {@code --no-repeat-ngram-size}); 0 turns it off
 */
public record DecodeLimits(int minLength, int maxLength, double maxLengthRatio, int noRepeatNgramSize) {

    /** No minimum, at most 200 tokens, no ratio, repeats allowed. */
    public static final DecodeLimits DEFAULT = new DecodeLimits(0, 200, 0, 0);

    /** Checks the limits, naming the option at fault. */
    public DecodeLimits {
        if (minLength < 0) {
            throw new IllegalArgumentException("min length must be >= 0, got " + minLength);
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException("max length must be >= 1, got " + maxLength);
        }
        if (!(maxLengthRatio >= 0) || Double.isInfinite(maxLengthRatio)) {
            throw new IllegalArgumentException("max length ratio must be a finite number >= 0, got " + maxLengthRatio);
        }
        if (noRepeatNgramSize < 0) {
            throw new IllegalArgumentException("no-repeat n-gram size must be >= 0, got " + noRepeatNgramSize);
        }
    }

    /** The most tokens a hypothesis of a source with {@code sourceLength} tokens may have. */
    public int maxLengthFor(int sourceLength) {
        if (maxLengthRatio == 0) {
            return maxLength;
        }
        return (int) Math.min(maxLength, Math.max(1, Math.ceil(maxLengthRatio * sourceLength)));
    }
}
