package io.textkit.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the fields of a neural config's JSON ({@link NeuralConfig#toJson()}) back, each failure an
 * {@link IllegalArgumentException} naming the config kind, the field and what it held; and the
 * range checks the config records share.
 */
record ConfigFields(String kind, JsonNode node) {

    int integer(String field) {
        return integer(node.get(field), field);
    }

    long longInteger(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(field, "an integer", value);
        }
        return value.longValue();
    }

    double number(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw wrong(field, "a number", value);
        }
        return value.doubleValue();
    }

    boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw wrong(field, "true or false", value);
        }
        return value.booleanValue();
    }

    /** The boolean {@code field}, or {@code absent} in a file written before the field existed. */
    boolean bool(String field, boolean absent) {
        return node.has(field) ? bool(field) : absent;
    }

    /** An array of integers. */
    List<Integer> integers(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw wrong(field, "an array", value);
        }
        List<Integer> out = new ArrayList<>();
        value.forEach(v -> out.add(integer(v, field)));
        return out;
    }

    /** The name of one of {@code type}'s constants. */
    <E extends Enum<E>> E choice(String field, Class<E> type) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
        }
        throw wrong(field, "one of " + Arrays.toString(type.getEnumConstants()), value);
    }

    private int integer(JsonNode value, String field) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrong(field, "an integer", value);
        }
        return value.intValue();
    }

    private IllegalArgumentException wrong(String field, String expected, JsonNode value) {
        return new IllegalArgumentException(kind + " config: field '" + field + "' must be " + expected + ", got "
                + value);
    }

    /** Throws unless {@code value ≥ 1}. */
    static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be ≥ 1, got " + value);
        }
    }

    /** Throws unless {@code value} is a dropout probability, in [0, 1). */
    static void probability(String field, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1), got " + value);
        }
    }

    /** Throws unless {@code value} is finite and > 0. */
    static void positiveFinite(String field, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(field + " must be finite and > 0, got " + value);
        }
    }

    /** Throws unless {@code value} is finite and ≥ 0. */
    static void nonNegative(String field, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(field + " must be finite and ≥ 0, got " + value);
        }
    }
}
