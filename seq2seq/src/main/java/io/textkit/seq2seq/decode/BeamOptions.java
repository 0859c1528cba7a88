package io.textkit.seq2seq.decode;

/**
 * Beam search settings, named as fairseq's options.
 *
 * @param width hypotheses kept per sentence at every step ({@code --beam})
 * @param nbest finished hypotheses returned per sentence, best first ({@code --nbest}), at most
 *     {@code width}
 * @param lengthPenalty how finished hypotheses of different lengths are compared
 * @param alpha the length penalty's exponent ({@code --lenpen})
 * @param limits minimum and maximum length, length ratio and repeat blocking
 */
public record BeamOptions(int width, int nbest, LengthPenalty lengthPenalty, double alpha, DecodeLimits limits) {

    /** Checks the settings, naming the option at fault. */
    public BeamOptions {
        if (width < 1) {
            throw new IllegalArgumentException("beam width must be >= 1, got " + width);
        }
        if (nbest < 1 || nbest > width) {
            throw new IllegalArgumentException("nbest must be between 1 and the beam width " + width + ", got " + nbest);
        }
        if (lengthPenalty == null || limits == null) {
            throw new IllegalArgumentException("length penalty and limits must be given");
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("length penalty alpha must be a finite number >= 0, got " + alpha);
        }
    }

    /** A beam of {@code width} returning its best hypothesis, no length penalty, default limits. */
    public static BeamOptions of(int width) {
        return new BeamOptions(width, 1, LengthPenalty.NONE, 0, DecodeLimits.DEFAULT);
    }
}
