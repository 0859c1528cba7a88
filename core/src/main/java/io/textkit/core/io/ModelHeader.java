package io.textkit.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON header of a model file (layout in {@link ModelFile}): encodes a {@link ModelFile}'s
 * fields and tensor table, and decodes them back, refusing anything that does not match format
 * version 1 exactly so that the reader can trust the table before it reads any data.
 */
record ModelHeader(String kind, String textkitVersion, Instant createdAt, ObjectNode config,
        ObjectNode metadata, List<TensorSpec> tensors) {

    private static final Set<String> FIELDS = Set.of(
            "formatVersion", "kind", "textkitVersion", "createdAt", "tensors", "config", "metadata");

    /** Duplicate keys and text after the object are errors, not silently resolved. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * The UTF-8 header of {@code model} with its tensor table, padded with spaces so that the data
     * after it starts at a multiple of {@link ModelFormat#DATA_ALIGNMENT}.
     */
    static byte[] encode(ModelFile model) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", ModelFormat.VERSION);
        root.put("kind", model.kind());
        root.put("textkitVersion", model.textkitVersion());
        root.put("createdAt", model.createdAt().toString());
        // The table comes before config and metadata so `head` on a file shows it before a vocabulary.
        ArrayNode table = root.putArray("tensors");
        model.tensors().forEach((name, m) ->
                table.addObject().put("name", name).put("rows", m.numRows).put("cols", m.numCols));
        root.set("config", model.config());
        root.set("metadata", model.metadata());
        byte[] json = JSON.writeValueAsBytes(root);
        int unaligned = (ModelFormat.PRELUDE_BYTES + json.length) % ModelFormat.DATA_ALIGNMENT;
        int padding = unaligned == 0 ? 0 : ModelFormat.DATA_ALIGNMENT - unaligned;
        byte[] padded = Arrays.copyOf(json, json.length + padding);
        Arrays.fill(padded, json.length, padded.length, (byte) ' ');
        return padded;
    }

    /** Parses and checks the header bytes of {@code file}; every problem names the field at fault. */
    static ModelHeader decode(Path file, byte[] header) throws ModelFileException {
        JsonNode root;
        try {
            root = JSON.readTree(header);
        } catch (JsonProcessingException e) {
            throw invalid(file, "it is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw invalid(file, "it cannot be parsed (" + e.getMessage() + ")", e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw invalid(file, "it is not a JSON object");
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw invalid(file, "unknown field '" + name + "'");
            }
        }
        int formatVersion = intField(file, object, "formatVersion", "the header");
        if (formatVersion != ModelFormat.VERSION) {
            throw invalid(file, "formatVersion is " + formatVersion + " but the file's prelude says "
                    + ModelFormat.VERSION);
        }
        String kind = textField(file, object, "kind", "the header");
        if (kind.isBlank()) {
            throw invalid(file, "kind is blank");
        }
        String version = textField(file, object, "textkitVersion", "the header");
        Instant createdAt;
        try {
            createdAt = Instant.parse(textField(file, object, "createdAt", "the header"));
        } catch (DateTimeParseException e) {
            throw invalid(file, "createdAt is not an ISO-8601 instant (" + e.getParsedString() + ")", e);
        }
        return new ModelHeader(kind, version, createdAt,
                objectField(file, object, "config"), objectField(file, object, "metadata"),
                tensorTable(file, required(file, object, "tensors", "the header")));
    }

    /** Bytes of float32 data the table describes; fits a long since each tensor is below 2³¹ values. */
    long dataBytes() {
        long total = 0;
        for (TensorSpec tensor : tensors) {
            total += tensor.bytes();
        }
        return total;
    }

    private static List<TensorSpec> tensorTable(Path file, JsonNode node) throws ModelFileException {
        if (!(node instanceof ArrayNode array)) {
            throw invalid(file, "tensors is not an array");
        }
        List<TensorSpec> table = new ArrayList<>(array.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof ObjectNode entry)) {
                throw invalid(file, "tensors[" + i + "] is not an object");
            }
            String where = "tensors[" + i + "]";
            if (entry.size() != 3) {
                throw invalid(file, where + " must have exactly name, rows and cols");
            }
            String name = textField(file, entry, "name", where);
            if (name.isEmpty()) {
                throw invalid(file, where + " has an empty name");
            }
            if (!names.add(name)) {
                throw invalid(file, "tensor '" + name + "' appears twice in the table");
            }
            int rows = intField(file, entry, "rows", "tensor '" + name + "'");
            int cols = intField(file, entry, "cols", "tensor '" + name + "'");
            if (rows < 0 || cols < 0) {
                throw invalid(file, "tensor '" + name + "' has a negative shape " + rows + "×" + cols);
            }
            if ((long) rows * cols > TensorSpec.MAX_ELEMENTS) {
                throw invalid(file, "tensor '" + name + "' is " + rows + "×" + cols
                        + ", too large for one Java array");
            }
            table.add(new TensorSpec(name, rows, cols));
        }
        return List.copyOf(table);
    }

    private static JsonNode required(Path file, ObjectNode object, String field, String where)
            throws ModelFileException {
        JsonNode node = object.get(field);
        if (node == null) {
            throw invalid(file, where + " has no '" + field + "'");
        }
        return node;
    }

    private static String textField(Path file, ObjectNode object, String field, String where)
            throws ModelFileException {
        JsonNode node = required(file, object, field, where);
        if (!node.isTextual()) {
            throw invalid(file, where + " field '" + field + "' is not a string");
        }
        return node.textValue();
    }

    private static int intField(Path file, ObjectNode object, String field, String where)
            throws ModelFileException {
        JsonNode node = required(file, object, field, where);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw invalid(file, where + " field '" + field + "' is not a 32-bit integer: " + node);
        }
        return node.intValue();
    }

    private static ObjectNode objectField(Path file, ObjectNode object, String field)
            throws ModelFileException {
        if (!(required(file, object, field, "the header") instanceof ObjectNode node)) {
            throw invalid(file, "the header field '" + field + "' is not a JSON object");
        }
        return node;
    }

    private static ModelFileException invalid(Path file, String problem) {
        return new ModelFileException(file, "has an invalid header: " + problem);
    }

    private static ModelFileException invalid(Path file, String problem, Throwable cause) {
        return new ModelFileException(file, "has an invalid header: " + problem, cause);
    }
}
