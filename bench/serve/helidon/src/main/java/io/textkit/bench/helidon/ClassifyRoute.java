package io.textkit.bench.helidon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.textkit.classify.Prediction;
import io.textkit.classify.TextClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /v1/classify} on Helidon: reads the whole body on the request's virtual thread (a slow
 * client holds that cheap thread, never a classification thread), then classifies on a fixed pool
 * with a bounded queue, answering 503 when it is full, and the same JSON as the product:
 * {@code {"model": name, "results": [{"predictions": [{"label", "probability"}...]}...]}}.
 */
final class ClassifyRoute implements Handler, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String modelName;
    private final TextClassifier classifier;
    private final int maxBodyBytes;
    private final ThreadPoolExecutor pool;

    ClassifyRoute(String modelName, TextClassifier classifier, int threads, int maxQueued, int maxBodyBytes) {
        this.modelName = modelName;
        this.classifier = classifier;
        this.maxBodyBytes = maxBodyBytes;
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(maxQueued),
                Thread.ofPlatform().name("textkit-classify-", 0).factory());
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) throws InterruptedException {
        byte[] body;
        try (InputStream in = request.content().inputStream()) {
            body = in.readNBytes(maxBodyBytes + 1);
        } catch (IOException | RuntimeException e) {
            // The rest of a broken body cannot be skipped reliably: answer, then close.
            response.header(HeaderNames.CONNECTION, "close");
            sendError(response, 400, "malformed request body: " + e.getMessage());
            return;
        }
        if (body.length > maxBodyBytes) {
            response.header(HeaderNames.CONNECTION, "close");
            sendError(response, 413, "request body larger than the limit " + maxBodyBytes);
            return;
        }
        Future<ObjectNode> answer;
        try {
            answer = pool.submit(() -> classify(body));
        } catch (RejectedExecutionException full) {
            response.header(HeaderNames.RETRY_AFTER, "1");
            sendError(response, 503, "server busy; retry later");
            return;
        }
        try {
            sendJson(response, 200, JSON.writeValueAsBytes(answer.get()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BadRequest bad) {
                sendError(response, 400, bad.getMessage());
            } else {
                sendError(response, 500, "internal error: " + e.getCause().getClass().getSimpleName());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private ObjectNode classify(byte[] body) throws BadRequest {
        JsonNode root;
        try {
            root = JSON.readTree(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            throw new BadRequest("the body is not valid UTF-8");
        } catch (JsonProcessingException e) {
            throw new BadRequest("invalid JSON: " + e.getOriginalMessage());
        }
        JsonNode texts = root == null ? null : root.get("texts");
        if (texts == null || !texts.isArray() || texts.isEmpty()) {
            throw new BadRequest("\"texts\" must be a non-empty array of strings");
        }
        List<String> list = new ArrayList<>(texts.size());
        for (JsonNode text : texts) {
            if (!text.isTextual()) {
                throw new BadRequest("every text must be a string");
            }
            list.add(text.textValue());
        }
        JsonNode topK = root.get("top_k");
        int k = topK == null ? 1 : topK.asInt(0);
        if (k < 1 || k > classifier.labels().size()) {
            throw new BadRequest("\"top_k\" must be an integer from 1 to " + classifier.labels().size());
        }
        ObjectNode answer = JSON.createObjectNode().put("model", modelName);
        ArrayNode results = answer.putArray("results");
        for (List<Prediction> best : classifier.predictAll(list, k, 0.0)) {
            ArrayNode predictions = results.addObject().putArray("predictions");
            for (Prediction p : best) {
                predictions.addObject().put("label", p.label()).put("probability", p.probability());
            }
        }
        return answer;
    }

    static void sendJson(ServerResponse response, int status, byte[] body) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
        response.send(body);
    }

    /** The headers {@code body} would be sent with, and no body. */
    static void sendHead(ServerResponse response, byte[] body) {
        response.status(200);
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
        response.header(HeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
        response.send();
    }

    private static void sendError(ServerResponse response, int status, String message) {
        sendJson(response, status, JSON.createObjectNode().put("error", message).toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A request the client must fix: a 400 with this message. */
    private static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }
}
