package io.textkit.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Replaces fields of a {@link NeuralConfig} by name, through its JSON form: each value is parsed as
 * the type the field already has there, the result is read back by the config's own validation, and
 * a field that reading ignores (one written for information only) is refused rather than dropped.
 */
final class ConfigOverrides {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Equal numbers are equal whether written as int, long or double. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? Double.compare(a.doubleValue(), b.doubleValue()) : a.equals(b) ? 0 : 1;

    private ConfigOverrides() {}

    static NeuralConfig apply(NeuralConfig config, Map<String, String> settings) {
        ObjectNode json = config.toJson();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String field = setting.getKey();
            JsonNode current = json.get(field);
            if (current == null) {
                throw new IllegalArgumentException(config.kind() + " has no setting '" + field + "'; settings: "
                        + String.join(", ", fieldNames(json)));
            }
            json.set(field, parse(config.kind(), field, current, setting.getValue().strip()));
        }
        NeuralConfig result = Architectures.fromJson(config.kind(), json, config.tokenizer());
        ObjectNode written = result.toJson();
        for (String field : settings.keySet()) {
            if (!written.get(field).equals(NUMBERS_BY_VALUE, json.get(field))) {
                throw new IllegalArgumentException(config.kind() + " setting '" + field + "' cannot be changed");
            }
        }
        return result;
    }

    private static JsonNode parse(String kind, String field, JsonNode current, String value) {
        try {
            if (current.isIntegralNumber()) {
                return JSON.numberNode(Long.parseLong(value));
            }
            if (current.isNumber()) {
                return JSON.numberNode(Double.parseDouble(value));
            }
            if (current.isBoolean()) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new NumberFormatException();
                }
                return JSON.booleanNode(Boolean.parseBoolean(value));
            }
            if (current.isArray()) {
                ArrayNode list = JSON.arrayNode();
                for (String item : value.split(",")) {
                    list.add(Long.parseLong(item.strip()));
                }
                return list;
            }
            return JSON.textNode(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kind + " setting '" + field + "': '" + value + "' is not "
                    + (current.isArray() ? "a comma-separated list of integers"
                            : current.isIntegralNumber() ? "an integer" : current.isBoolean() ? "true or false"
                                    : "a number"));
        }
    }

    private static TreeSet<String> fieldNames(ObjectNode json) {
        TreeSet<String> names = new TreeSet<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
