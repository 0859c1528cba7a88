package io.textkit.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.classify.Prediction;
import io.textkit.classify.TextClassifier;
import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import io.undertow.util.SameThreadExecutor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

/**
 * Answers every request. It runs on the I/O threads, which must never block: cheap answers
 * (health, models, metrics, the OpenAPI description) are written there, request bodies are read
 * there without blocking, and only a complete body reaches a classification thread, so a slow or
 * stalled client costs a connection but never a classification thread. Reloads, which read files,
 * run on a thread of their own.
 */
final class RequestHandler implements HttpHandler {
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
    public void handleRequest(HttpServerExchange exchange) {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod().toString();
        String path = exchange.getRequestPath();
        Route.Match match;
        try {
            match = Route.match(method, path);
        } catch (HttpError e) {
            observe(exchange, "unknown", method, start);
            if (e instanceof Route.MethodNotAllowed notAllowed) {
                exchange.getResponseHeaders().put(Headers.ALLOW, notAllowed.allow());
            }
            sendError(exchange, e);
            return;
        }
        observe(exchange, match.route().template(), method, start);
        try {
            switch (match.route()) {
                case HEALTH -> send(exchange, 200, JSON_TYPE, json(JSON.createObjectNode().put("status", "ok")));
                case MODELS -> send(exchange, 200, JSON_TYPE, json(modelList()));
                case METRICS -> send(exchange, 200, ServerMetrics.CONTENT_TYPE, metrics.scrape());
                case OPENAPI -> send(exchange, 200, JSON_TYPE, openApi);
                case CLASSIFY -> readThenClassify(exchange, models.defaultModel());
                case MODEL_CLASSIFY -> readThenClassify(exchange, models.get(match.modelName()));
                case MODEL_RELOAD -> reload(exchange, models.get(match.modelName()));
            }
        } catch (HttpError e) {
            sendError(exchange, e);
        }
    }

    /** Counts the request and writes its access-log line once the answer has gone out. */
    private void observe(HttpServerExchange exchange, String route, String method, long start) {
        exchange.addExchangeCompleteListener((done, next) -> {
            double seconds = (System.nanoTime() - start) / 1e9;
            metrics.request(route, method, done.getStatusCode(), seconds);
            PrintStream log = options.accessLog();
            if (log != null) {
                log.println(AccessLogLine.of(done, seconds));
            }
            next.proceed();
        });
    }

    private void readThenClassify(HttpServerExchange exchange, ServedModel model) {
        AtomicBoolean answered = new AtomicBoolean();
        int maxBytes = options.limits().maxBodyBytes();
        exchange.setMaxEntitySize(maxBytes);
        // A deadline for the whole body, so that a client trickling bytes cannot hold the connection forever.
        XnioExecutor.Key deadline = exchange.getIoThread().executeAfter(() -> {
            if (answered.compareAndSet(false, true)) {
                exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
                sendClosing(exchange, 408, "request body not received within --body-timeout-seconds "
                        + options.bodyTimeoutMillis() / 1000);
            }
        }, options.bodyTimeoutMillis(), TimeUnit.MILLISECONDS);
        var receiver = exchange.getRequestReceiver();
        receiver.setMaxBufferSize(maxBytes);
        receiver.receiveFullBytes((ex, bytes) -> {
            deadline.remove();
            if (answered.compareAndSet(false, true)) {
                ex.dispatch(SameThreadExecutor.INSTANCE, () -> submit(ex, model, bytes));
            }
        }, (ex, error) -> {
            deadline.remove();
            if (answered.compareAndSet(false, true)) {
                // The rest of a broken or oversized body cannot be skipped reliably: answer, then close.
                ex.getResponseHeaders().put(Headers.CONNECTION, "close");
                if (error instanceof RequestTooBigException) {
                    sendClosing(ex, 413, "request body larger than the limit --max-body-bytes " + maxBytes);
                } else {
                    sendClosing(ex, 400, "malformed request body: " + describe(error));
                }
            }
        });
    }

    private static String describe(IOException error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message;
    }

    private void submit(HttpServerExchange exchange, ServedModel model, byte[] body) {
        try {
            classifyPool.execute(() -> {
                try {
                    send(exchange, 200, JSON_TYPE, json(classify(model, body)));
                } catch (HttpError e) {
                    sendError(exchange, e);
                } catch (RuntimeException e) {
                    // A bug, not the client's fault: say so without leaking internals.
                    sendError(exchange, new HttpError(500, "internal error: " + e.getClass().getSimpleName()));
                }
            });
        } catch (RejectedExecutionException full) {
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
            sendError(exchange, new HttpError(503, "server busy: " + options.maxQueued()
                    + " requests are already waiting (--max-queue); retry later"));
        }
    }

    private ObjectNode classify(ServedModel model, byte[] body) throws HttpError {
        // One snapshot for the whole request: a reload meanwhile does not mix two versions in one answer.
        ServedModel.Loaded loaded = model.current();
        TextClassifier classifier = loaded.classifier();
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

    private void reload(HttpServerExchange exchange, ServedModel model) {
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> reloadThread.execute(() -> {
            Reloader.Outcome outcome = reloader.reload(model);
            if (outcome.error() == null) {
                send(exchange, 200, JSON_TYPE, json(describe(model, outcome.loaded()).put("reloaded", true)));
            } else {
                ObjectNode answer = JSON.createObjectNode().put("error", outcome.error()).put("model", model.name());
                send(exchange, 500, JSON_TYPE, json(answer));
            }
        }));
    }

    private ObjectNode modelList() {
        ServedModel first = models.defaultModel();
        ServedModel.Loaded loaded = first.current();
        // The default model's fields stay at the top, as before several models could be served.
        ObjectNode answer = JSON.createObjectNode().put("model", first.name()).put("kind", loaded.kind());
        ArrayNode labels = answer.putArray("labels");
        loaded.classifier().labels().forEach(labels::add);
        ArrayNode list = answer.putArray("models");
        for (ServedModel model : models.all()) {
            list.add(describe(model, model.current()));
        }
        return answer;
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

    private static byte[] json(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static void sendError(HttpServerExchange exchange, HttpError e) {
        send(exchange, e.status(), JSON_TYPE, json(JSON.createObjectNode().put("error", e.getMessage())));
    }

    private static void send(HttpServerExchange exchange, int status, String type, byte[] body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }

    /** Sends a JSON error, then closes the connection, whose request body was left unread. */
    private static void sendClosing(HttpServerExchange exchange, int status, String message) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON_TYPE);
        exchange.getResponseSender().send(ByteBuffer.wrap(json(JSON.createObjectNode().put("error", message))),
                new IoCallback() {
                    @Override
                    public void onComplete(HttpServerExchange done, Sender sender) {
                        done.endExchange();
                        IoUtils.safeClose(done.getConnection());
                    }

                    @Override
                    public void onException(HttpServerExchange done, Sender sender, IOException exception) {
                        IoUtils.safeClose(done.getConnection());
                    }
                });
    }
}
