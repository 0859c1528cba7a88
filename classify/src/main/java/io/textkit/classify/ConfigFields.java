package io.textkit.classify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of a config's JSON ({@code NeuralConfig#toJson()}) back, failing with a message
 * that names the config and the field when one is missing or of the wrong type.
 *
 * @param config what the message calls the config ({@code "han config"})
 * @param node   the JSON object read
 */
record ConfigFields(String config, JsonNode node) {

    int integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(config + ": field '" + field + "' must be an integer, got " + value);
        }
        return value.intValue();
    }

    long longInteger(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(config + ": field '" + field + "' must be an integer, got " + value);
        }
        return value.longValue();
    }

    double number(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException(config + ": field '" + field + "' must be a number, got " + value);
        }
        return value.doubleValue();
    }

    /** Fails, naming the field, unless {@code value ≥ 1}; for the constructors of configs. */
    static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be ≥ 1, got " + value);
        }
    }
}
