package io.textkit.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.textkit.classify.Prediction;
import io.textkit.classify.TextClassifier;
import io.textkit.core.config.Check;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A running HTTP server that answers with one text classifier: {@code POST /v1/classify},
 * {@code GET /v1/models} and {@code GET /health}, all in JSON, on a fixed pool of threads that share
 * the classifier (its {@code predict} only reads the model). Requests wait for a thread in a queue
 * of bounded length; when it is full the server answers 503 at once, with {@code Retry-After}, rather
 * than letting latency and memory grow without bound. Closing it stops accepting, lets requests in
 * flight finish within the grace period, then ends the pool.
 */
final class ClassifyServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set while the dispatcher thread itself runs an exchange the full queue refused. */
    private static final ThreadLocal<Boolean> REFUSED = ThreadLocal.withInitial(() -> false);

    private final TextClassifier classifier;
    private final ModelInfo model;
    private final ServerLimits limits;
    private final int graceSeconds;
    private final int maxQueued;
    private final ExecutorService pool;
    private final HttpServer server;

    /** Who the server is serving, for {@code /v1/models} and each answer's {@code model} field. */
    record ModelInfo(String name, String kind) {}

    private ClassifyServer(TextClassifier classifier, ModelInfo model, ServerLimits limits, int threads,
            int maxQueued, int graceSeconds, InetSocketAddress address) throws IOException {
        this.classifier = classifier;
        this.model = model;
        this.limits = limits;
        this.graceSeconds = graceSeconds;
        this.maxQueued = maxQueued;
        try {
            server = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new BindException("cannot listen on " + address.getHostString() + ":" + address.getPort()
                    + ": " + e.getMessage());
        }
        // The JDK server hands each exchange to the pool from its dispatcher thread; one the full queue
        // refuses runs right there, flagged, and only writes the short 503.
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(maxQueued),
                Thread.ofPlatform().name("textkit-http-", 0).factory(), (exchange, executor) -> {
                    REFUSED.set(true);
                    try {
                        exchange.run();
                    } finally {
                        REFUSED.remove();
                    }
                });
        // One context for every path, so that unknown paths get a JSON 404 rather than the JDK's HTML page.
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /**
     * Starts serving {@code classifier} on {@code host:port} (port 0 takes any free port) with
     * {@code threads} request threads and at most {@code maxQueued} requests waiting for one.
     */
    static ClassifyServer start(TextClassifier classifier, ModelInfo model, ServerLimits limits, String host,
            int port, int threads, int maxQueued, int graceSeconds) throws IOException {
        Check.positive("--threads", threads);
        Check.positive("--max-queue", maxQueued);
        return new ClassifyServer(classifier, model, limits, threads, maxQueued, graceSeconds,
                new InetSocketAddress(host, port));
    }

    /** The port actually listened on, the chosen one when started on port 0. */
    int port() {
        return server.getAddress().getPort();
    }

    /** The base URL, for people and tests. */
    String url() {
        String host = server.getAddress().getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (REFUSED.get()) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 503, error("server busy: " + maxQueued + " requests are already waiting (--max-queue);"
                        + " retry later"));
                return;
            }
            try {
                ObjectNode answer = route(exchange);
                send(exchange, 200, answer);
            } catch (HttpError e) {
                send(exchange, e.status(), error(e.getMessage()));
            } catch (RuntimeException e) {
                // A bug, not the client's fault: say so without leaking internals.
                send(exchange, 500, error("internal error: " + e.getClass().getSimpleName()));
            }
        }
    }

    private ObjectNode route(HttpExchange exchange) throws IOException, HttpError {
        String path = exchange.getRequestURI().getPath();
        return switch (path) {
            case "/v1/classify" -> {
                requireMethod(exchange, "POST");
                yield classify(RequestBody.read(exchange.getRequestBody(), limits.maxBodyBytes()));
            }
            case "/v1/models" -> {
                requireMethod(exchange, "GET");
                yield models();
            }
            case "/health" -> {
                requireMethod(exchange, "GET");
                yield JSON.createObjectNode().put("status", "ok");
            }
            default -> throw new HttpError(404, "no such path: " + path
                    + "; try POST /v1/classify, GET /v1/models or GET /health");
        };
    }

    private static void requireMethod(HttpExchange exchange, String method) throws HttpError {
        if (!exchange.getRequestMethod().equals(method)) {
            exchange.getResponseHeaders().set("Allow", method);
            throw new HttpError(405, exchange.getRequestMethod() + " is not allowed on "
                    + exchange.getRequestURI().getPath() + "; use " + method);
        }
    }

    private ObjectNode classify(String body) throws HttpError {
        ClassifyRequest request = ClassifyRequest.parse(body, limits, classifier.labels().size());
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

    private ObjectNode models() {
        ObjectNode answer = JSON.createObjectNode().put("model", model.name()).put("kind", model.kind());
        ArrayNode labels = answer.putArray("labels");
        classifier.labels().forEach(labels::add);
        return answer;
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops accepting, waits up to the grace period for requests in flight, then ends the threads. */
    @Override
    public void close() {
        server.stop(graceSeconds);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(graceSeconds + 1L, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
