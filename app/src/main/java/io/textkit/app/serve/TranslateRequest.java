package io.textkit.app.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textkit.app.translate.Decoding;
import java.util.List;

/**
 * A validated {@code POST /v1/translate} body: {@code {"texts": [...], "beam": 5, "n_best": 1}}.
 * {@code beam} and {@code n_best} are optional (the server's decoding options are the default);
 * other fields are ignored, so clients may add their own.
 *
 * @param texts    the texts to translate, in order, within the server's limits
 * @param decoding the server's decoding with the request's beam width and n-best size
 */
record TranslateRequest(List<String> texts, Decoding decoding) {
    /** The widest beam a request may ask for: the work grows with it, and wider beams rarely help. */
    static final int MAX_BEAM = 64;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Parses and checks {@code body} against the limits.
     *
     * @throws HttpError 400 naming what is wrong
     */
    static TranslateRequest parse(String body, ServerLimits limits, Decoding defaults) throws HttpError {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new HttpError(400, "the body must be a JSON object {\"texts\": [...], \"beam\": n, \"n_best\": n}");
        }
        List<String> texts = ClassifyRequest.texts(root.get("texts"), limits);
        Decoding decoding = defaults;
        JsonNode beam = root.get("beam");
        if (beam != null) {
            int width = integer(beam, "beam", 1, MAX_BEAM);
            decoding = width == 1 ? decoding.withGreedy() : decoding.withBeam(width);
        }
        JsonNode nbest = root.get("n_best");
        if (nbest != null) {
            int width = decoding.mode() == Decoding.Mode.BEAM ? decoding.beam() : 1;
            int n = integer(nbest, "n_best", 1, width);
            decoding = n == 1 ? decoding : decoding.withNbest(n);
        }
        return new TranslateRequest(texts, decoding);
    }

    private static int integer(JsonNode node, String field, int min, int max) throws HttpError {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            throw new HttpError(400, "\"" + field + "\" must be an integer from " + min + " to " + max
                    + (field.equals("n_best") ? " (the beam width)" : "") + ", got " + node);
        }
        return node.intValue();
    }
}
