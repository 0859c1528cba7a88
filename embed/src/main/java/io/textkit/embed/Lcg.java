package io.textkit.embed;

/**
 * The C tool's per-thread random stream, {@code r ← r·25214903917 + 11 (mod 2^64)}: one multiply
 * per draw, no synchronisation, and the same sequence for the same seed. Its low bits have short
 * periods, so every draw here uses the high bits.
 */
final class Lcg {
    private long state;

    Lcg(long seed) {
        state = seed;
    }

    /** The next raw 64-bit state. */
    long next() {
        state = state * 25214903917L + 11;
        return state;
    }

    /** Uniform in [0, bound) from the top 32 bits, for bound ≥ 1. */
    int nextInt(int bound) {
        return (int) (((next() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [0, 2^24) from the top 24 bits: a probability with 24-bit resolution. */
    int next24() {
        return (int) (next() >>> 40);
    }
}
