package io.textkit.core.config;

/**
 * The argument checks of configs and constructors, one name per meaning. Each returns the value it
 * checked and otherwise throws an {@link IllegalArgumentException} naming the argument and what it
 * got, in the terms a user sets it by.
 */
public final class Check {
    private Check() {}

    /** Throws unless {@code value > 0}, i.e. at least 1. */
    public static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be ≥ 1, got " + value);
        }
        return value;
    }

    /** Throws unless {@code value} is finite and {@code > 0}. */
    public static double positive(String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** Throws unless {@code value ≥ 0}. */
    public static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be ≥ 0, got " + value);
        }
        return value;
    }

    /** Throws unless {@code value ≥ 0}; {@code zeroMeans} says what 0 does, e.g. "no limit". */
    public static int nonNegative(String name, int value, String zeroMeans) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be ≥ 0 (0 for " + zeroMeans + "), got " + value);
        }
        return value;
    }

    /** Throws unless {@code value} is finite and {@code ≥ 0}. */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and ≥ 0, got " + value);
        }
        return value;
    }

    /** Throws unless {@code value} is in [0, 1): a dropout or sampling probability, a decay rate. */
    public static double fraction(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
        }
        return value;
    }

    /** Throws unless {@code min ≤ value ≤ max}. */
    public static double inRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    /** Throws with {@code message} unless {@code condition}: a rule between arguments. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
