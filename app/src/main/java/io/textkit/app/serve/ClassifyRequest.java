package io.textkit.app.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated {@code POST /v1/classify} body: {@code {"texts": [...], "top_k": n}}. Fields other
 * than these two are ignored, so clients may add their own.
 *
 * @param texts the texts to classify, in order
 * @param topK  how many labels to return for each, most probable first
 */
record ClassifyRequest(List<String> texts, int topK) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Parses and checks {@code body} against the limits and the model's label count.
     *
     * @throws HttpError 400 naming what is wrong
     */
    static ClassifyRequest parse(String body, ServerLimits limits, int labelCount) throws HttpError {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new HttpError(400, "the body must be a JSON object {\"texts\": [...], \"top_k\": n}");
        }
        return new ClassifyRequest(texts(root.get("texts"), limits), topK(root.get("top_k"), labelCount));
    }

    /** The {@code "texts"} array, checked against the limits; {@code /v1/translate} takes the same. */
    static List<String> texts(JsonNode node, ServerLimits limits) throws HttpError {
        if (node == null || !node.isArray()) {
            throw new HttpError(400, "\"texts\" must be an array of strings");
        }
        if (node.isEmpty()) {
            throw new HttpError(400, "\"texts\" is empty");
        }
        if (node.size() > limits.maxBatch()) {
            throw new HttpError(400, node.size() + " texts, more than the limit --max-batch " + limits.maxBatch());
        }
        List<String> texts = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode text = node.get(i);
            if (!text.isTextual()) {
                throw new HttpError(400, "texts[" + i + "] is not a string");
            }
            if (text.textValue().length() > limits.maxTextChars()) {
                throw new HttpError(400, "texts[" + i + "] has " + text.textValue().length()
                        + " characters, more than the limit --max-text-chars " + limits.maxTextChars());
            }
            texts.add(text.textValue());
        }
        return texts;
    }

    private static int topK(JsonNode node, int labelCount) throws HttpError {
        if (node == null) {
            return 1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1 || node.intValue() > labelCount) {
            throw new HttpError(400, "\"top_k\" must be an integer from 1 to " + labelCount
                    + " (the model's label count), got " + node);
        }
        return node.intValue();
    }
}
