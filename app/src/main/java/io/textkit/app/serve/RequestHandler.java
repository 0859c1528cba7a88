package io.textkit.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.app.translate.Translation;
import io.textkit.classify.Prediction;
import io.textkit.classify.TextClassifier;
import io.textkit.seq2seq.Translator;
import io.textkit.seq2seq.TranslatorConfig;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Answers every request without ever blocking Jetty's threads: cheap answers (health, models,
 * metrics, the OpenAPI description) are written at once, request bodies are read as their bytes
 * arrive, and only a complete body reaches a classification thread, so a slow or stalled client
 * costs a connection but never a classification thread. Reloads, which read files, run on a thread
 * of their own.
 */
final class RequestHandler extends Handler.Abstract.NonBlocking {
    /** The request attribute that carries the route template, for the metrics. */
    static final String ROUTE = "textkit.route";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final ModelRegistry models;
    private final ServerOptions options;
    private final ServerMetrics metrics;
    private final ThreadPoolExecutor classifyPool;
    private final ExecutorService reloadThread;
    private final Reloader reloader;
    private final byte[] openApi;

    RequestHandler(ModelRegistry models, ServerOptions options, ServerMetrics metrics, ThreadPoolExecutor classifyPool,
            ExecutorService reloadThread, Reloader reloader, byte[] openApi) {
        this.models = models;
        this.options = options;
        this.metrics = metrics;
        this.classifyPool = classifyPool;
        this.reloadThread = reloadThread;
        this.reloader = reloader;
        this.openApi = openApi;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            Route.Match match = Route.match(request.getMethod(), Request.getPathInContext(request));
            request.setAttribute(ROUTE, match.route().template());
            switch (match.route()) {
                case HEALTH -> send(response, callback, 200, JSON_TYPE, json(JSON.createObjectNode().put("status", "ok")));
                case MODELS -> send(response, callback, 200, JSON_TYPE, json(modelList()));
                case METRICS -> send(response, callback, 200, ServerMetrics.CONTENT_TYPE, metrics.scrape());
                case OPENAPI -> send(response, callback, 200, JSON_TYPE, openApi);
                case CLASSIFY -> {
                    ServedModel model = models.defaultClassifier();
                    readThen(request, response, callback, body -> classify(model, body));
                }
                case TRANSLATE -> {
                    ServedTranslator translator = models.defaultTranslator();
                    readThen(request, response, callback, body -> translate(translator, body));
                }
                case MODEL_CLASSIFY -> {
                    ServedModel model = models.get(match.modelName());
                    readThen(request, response, callback, body -> classify(model, body));
                }
                case MODEL_RELOAD -> reload(response, callback, models.get(match.modelName()));
            }
        } catch (HttpError e) {
            if (e instanceof Route.MethodNotAllowed notAllowed) {
                request.setAttribute(ROUTE, notAllowed.route().template());
                response.getHeaders().put(HttpHeader.ALLOW, notAllowed.allow());
            }
            sendError(response, callback, e);
        }
        return true;
    }

    /** What a route computes from a complete request body, on a classification thread. */
    @FunctionalInterface
    private interface BodyWork {
        ObjectNode answer(byte[] body) throws HttpError;
    }

    private void readThen(Request request, Response response, Callback callback, BodyWork work) {
        int maxBytes = options.limits().maxBodyBytes();
        if (request.getLength() > maxBytes) {
            sendClosing(response, callback, tooLarge(maxBytes));
            return;
        }
        AtomicBoolean answered = new AtomicBoolean();
        // A deadline for the whole body, so that a client trickling bytes cannot hold the connection forever.
        Scheduler.Task deadline = request.getComponents().getScheduler().schedule(() -> {
            if (answered.compareAndSet(false, true)) {
                sendClosing(response, callback, bodyTimedOut());
            }
        }, options.bodyTimeoutMillis(), TimeUnit.MILLISECONDS);
        BodyReader.read(request, maxBytes, new BodyReader.Outcome() {
            @Override
            public void body(byte[] bytes) {
                deadline.cancel();
                if (answered.compareAndSet(false, true)) {
                    submit(response, callback, work, bytes);
                }
            }

            @Override
            public void failed(Throwable failure) {
                deadline.cancel();
                if (answered.compareAndSet(false, true)) {
                    // The rest of a broken or oversized body cannot be skipped reliably: answer, then close.
                    sendClosing(response, callback, failure == null ? tooLarge(maxBytes) : bodyFailure(failure));
                }
            }
        });
    }

    private HttpError bodyTimedOut() {
        return new HttpError(408, "request body not received within --body-timeout-seconds "
                + options.bodyTimeoutMillis() / 1000);
    }

    private static HttpError tooLarge(int maxBytes) {
        return new HttpError(413, "request body larger than the limit --max-body-bytes " + maxBytes);
    }

    private HttpError bodyFailure(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return bodyTimedOut();
        }
        int status = failure instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500 ? http.getCode() : 400;
        return new HttpError(status, "malformed request body: " + failure.getMessage());
    }

    private void submit(Response response, Callback callback, BodyWork work, byte[] body) {
        try {
            classifyPool.execute(() -> {
                try {
                    send(response, callback, 200, JSON_TYPE, json(work.answer(body)));
                } catch (HttpError e) {
                    sendError(response, callback, e);
                } catch (RuntimeException e) {
                    // A bug, not the client's fault: say so without leaking internals.
                    sendError(response, callback, new HttpError(500, "internal error: " + e.getClass().getSimpleName()));
                }
            });
        } catch (RejectedExecutionException full) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            sendError(response, callback, new HttpError(503, "server busy: " + options.maxQueued()
                    + " requests are already waiting (--max-queue); retry later"));
        }
    }

    private ObjectNode classify(ServedModel model, byte[] body) throws HttpError {
        // One snapshot for the whole request: a reload meanwhile does not mix two versions in one answer.
        TextClassifier classifier = model.current().classifier();
        ClassifyRequest request = ClassifyRequest.parse(RequestBody.text(body), options.limits(), classifier.labels().size());
        ObjectNode answer = JSON.createObjectNode().put("model", model.name());
        ArrayNode results = answer.putArray("results");
        for (List<Prediction> best : classifier.predictAll(request.texts(), request.topK(), 0.0)) {
            ArrayNode predictions = results.addObject().putArray("predictions");
            for (Prediction p : best) {
                predictions.addObject().put("label", p.label()).put("probability", p.probability());
            }
        }
        return answer;
    }

    private ObjectNode translate(ServedTranslator translator, byte[] body) throws HttpError {
        TranslateRequest request = TranslateRequest.parse(RequestBody.text(body), options.limits(), translator.decoding());
        ObjectNode answer = JSON.createObjectNode().put("model", translator.name());
        ArrayNode results = answer.putArray("results");
        for (List<Translation> best : translator.translator().translate(request.texts(), request.decoding())) {
            ArrayNode translations = results.addObject().putArray("translations");
            for (Translation t : best) {
                translations.addObject().put("text", t.text()).put("score", t.score());
            }
        }
        return answer;
    }

    private void reload(Response response, Callback callback, ServedModel model) {
        try {
            reloadThread.execute(() -> {
                Reloader.Outcome outcome = reloader.reload(model);
                if (outcome.error() == null) {
                    send(response, callback, 200, JSON_TYPE, json(describe(model, outcome.loaded()).put("reloaded", true)));
                } else {
                    ObjectNode answer = JSON.createObjectNode().put("error", outcome.error()).put("model", model.name());
                    send(response, callback, 500, JSON_TYPE, json(answer));
                }
            });
        } catch (RejectedExecutionException stopping) {
            sendError(response, callback, new HttpError(503, "the server is stopping"));
        }
    }

    private ObjectNode modelList() {
        ObjectNode answer = JSON.createObjectNode();
        ServedModel first = models.defaultModel();
        if (first != null) {
            ServedModel.Loaded loaded = first.current();
            // The default model's fields stay at the top, as before several models could be served.
            answer.put("model", first.name()).put("kind", loaded.kind());
            ArrayNode labels = answer.putArray("labels");
            loaded.classifier().labels().forEach(labels::add);
        }
        ArrayNode list = answer.putArray("models");
        for (ServedModel model : models.all()) {
            list.add(describe(model, model.current()));
        }
        for (ServedTranslator translator : models.translators()) {
            list.add(describe(translator));
        }
        return answer;
    }

    private static ObjectNode describe(ServedTranslator served) {
        Translator model = served.translator().model();
        ObjectNode node = JSON.createObjectNode().put("name", served.name()).put("kind", TranslatorConfig.KIND);
        node.put("source_vocabulary", model.sourceVocabulary().size());
        node.put("target_vocabulary", model.targetVocabulary().size());
        node.put("decoding", served.decoding().describe());
        node.put("file", served.file() == null ? null : served.file().toString());
        node.put("loaded_at", served.loadedAt().toString());
        node.put("load_seconds", served.loadSeconds());
        return node;
    }

    private static ObjectNode describe(ServedModel model, ServedModel.Loaded loaded) {
        ObjectNode node = JSON.createObjectNode().put("name", model.name()).put("kind", loaded.kind());
        ArrayNode labels = node.putArray("labels");
        loaded.classifier().labels().forEach(labels::add);
        node.put("file", model.file() == null ? null : model.file().toString());
        node.put("loaded_at", loaded.loadedAt().toString());
        node.put("load_seconds", loaded.loadSeconds());
        return node;
    }

    /** {@code {"error": message}} as bytes. */
    static byte[] errorJson(String message) {
        return json(JSON.createObjectNode().put("error", message));
    }

    private static byte[] json(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static void sendError(Response response, Callback callback, HttpError e) {
        send(response, callback, e.status(), JSON_TYPE, errorJson(e.getMessage()));
    }

    /** Sends a JSON error and closes the connection, whose request body was left unread. */
    private static void sendClosing(Response response, Callback callback, HttpError e) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        sendError(response, callback, e);
    }

    /** Writes a whole answer; for HEAD, Jetty sends the headers (with Content-Length) and no body. */
    static void send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
