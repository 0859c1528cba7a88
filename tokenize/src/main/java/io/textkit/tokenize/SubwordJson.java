package io.textkit.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Checks shared by the subword vocabularies' JSON readers; messages name the field. */
final class SubwordJson {
    private SubwordJson() {
    }

    static void checkFormat(JsonNode node, String format, int version, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be an object, got " + node.getNodeType());
        }
        if (!format.equals(node.path("format").asText(null))) {
            throw new IllegalArgumentException(where + ": field 'format' must be '" + format + "', got " + node.get("format"));
        }
        if (!node.path("version").isInt() || node.get("version").intValue() != version) {
            throw new IllegalArgumentException(where + ": unsupported 'version' " + node.get("version") + ", expected " + version);
        }
    }

    static List<String> strings(JsonNode node, String field, String where) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be an array of strings");
        }
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw new IllegalArgumentException(where + ": " + field + "[" + i + "] must be a string, got " + array.get(i));
            }
            values.add(array.get(i).textValue());
        }
        return values;
    }

    static int positiveInt(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt() || value.intValue() < 1) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be a positive integer, got " + value);
        }
        return value.intValue();
    }
}
