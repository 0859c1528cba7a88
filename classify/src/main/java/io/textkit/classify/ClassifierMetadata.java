package io.textkit.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import io.textkit.tokenize.TokenizerSettings;
import io.textkit.tokenize.Vocabulary;

/**
 * What every classifier's model file carries besides its config and tensors, in its metadata: the
 * tokenizer settings, the vocabulary and the labels, so that prediction needs nothing else.
 */
record ClassifierMetadata(TokenizerSettings tokenizer, Vocabulary words, Vocabulary labels) {

    ObjectNode toJson() {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.set("tokenizer", tokenizer.toJson());
        metadata.set("vocabulary", words.toJson());
        metadata.set("labels", labels.toJson());
        return metadata;
    }

    /** {@code config}'s JSON for a model file: every field but the tokenizer, which the metadata carries. */
    static ObjectNode configJson(Object config) {
        ObjectNode json = Configs.toJson(config);
        json.remove("tokenizer");
        return json;
    }

    /**
     * Reads a model file's config, written by {@link #configJson}, with this metadata's tokenizer.
     *
     * @throws IllegalArgumentException naming the field that is missing, unknown or malformed
     */
    <T> T config(Class<T> type, JsonNode json) {
        if (!(json instanceof ObjectNode object)) {
            return Configs.fromJson(type, json);
        }
        return Configs.fromJson(type, object.deepCopy().set("tokenizer", tokenizer.toJson()));
    }

    /**
     * Reads what {@link #toJson} wrote.
     *
     * @throws IllegalArgumentException if a field is missing or malformed
     */
    static ClassifierMetadata fromJson(JsonNode metadata) {
        return new ClassifierMetadata(TokenizerSettings.fromJson(required(metadata, "tokenizer")),
                Vocabulary.fromJson(required(metadata, "vocabulary")), Vocabulary.fromJson(required(metadata, "labels")));
    }

    private static JsonNode required(JsonNode metadata, String field) {
        JsonNode value = metadata.get(field);
        if (value == null) {
            throw new IllegalArgumentException("metadata has no '" + field + "'");
        }
        return value;
    }
}
