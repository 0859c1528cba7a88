package io.textkit.seq2seq.decode;

/**
 * How a finished hypothesis's summed log-probability is normalised by its length before hypotheses
 * of different lengths are compared. Without it beam search prefers short outputs, since every token
 * adds a negative log-probability.
 */
public enum LengthPenalty {
    /** The summed log-probability itself. */
    NONE,
    /** Average-style: {@code logP / len^α} (fairseq's {@code --lenpen}). */
    AVG,
    /** Wu et al. (2016), GNMT: {@code logP / ((5 + len) / 6)^α}. */
    WU;

    /**
     * The score a finished hypothesis is ranked by.
     *
     * @param logProb the sum of the hypothesis's token log-probabilities (the end token's included)
     * @param length the number of tokens, the end token included
     * @param alpha the penalty's exponent α; 0 turns AVG and WU into NONE
     */
    public double score(double logProb, int length, double alpha) {
        return switch (this) {
            case NONE -> logProb;
            case AVG -> logProb / Math.pow(length, alpha);
            case WU -> logProb / Math.pow((5.0 + length) / 6.0, alpha);
        };
    }

    /** The penalty named {@code none}, {@code avg} or {@code wu} (any case), as on the command line. */
    public static LengthPenalty parse(String name) {
        for (LengthPenalty p : values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("length penalty must be none, avg or wu, got '" + name + "'");
    }
}
