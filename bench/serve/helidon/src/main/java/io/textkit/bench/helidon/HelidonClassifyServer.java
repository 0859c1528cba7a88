package io.textkit.bench.helidon;

import io.helidon.http.Method;
import io.helidon.webserver.WebServer;
import io.textkit.classify.TextClassifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A prototype of {@code textkit classify serve} on Helidon 4 SE, for {@code bench/serve/ab.sh}: the
 * same {@code POST /v1/classify} and {@code GET /health} in JSON, with one model, so that its
 * throughput and its behaviour under hostile clients can be set beside the Jetty server's. Helidon
 * runs each request on a virtual thread; the CPU work goes to a fixed pool of classification threads.
 *
 * <p>Helidon 4.5.0 offers no header or body timeout for accepted connections: the listener's
 * {@code connectionOptions(o -> o.readTimeout(...))} had no effect on them (set to 10 s, a connection
 * stalled mid-headers stayed open for the 150 s watched, with NIO or plain sockets), and the
 * idle-connection timeout only closes connections between requests. So this prototype sets neither,
 * and the probes of {@code bench/serve/probes.py} show what that costs.
 *
 * <p>Usage: {@code --model FILE [--port 0] [--host 127.0.0.1] [--threads CORES] [--max-connections 4096]
 * [--idle-timeout-seconds 60]}. Prints the same "serving ... on URL" line
 * as the product, which the bench scripts wait for.
 */
public final class HelidonClassifyServer {
    private HelidonClassifyServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path model = Path.of(required(options, "--model"));
        String host = options.getOrDefault("--host", "127.0.0.1");
        int port = Integer.parseInt(options.getOrDefault("--port", "0"));
        int threads = Integer.parseInt(options.getOrDefault("--threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        int maxConnections = Integer.parseInt(options.getOrDefault("--max-connections", "4096"));
        int idleTimeout = Integer.parseInt(options.getOrDefault("--idle-timeout-seconds", "60"));

        ClassifyRoute classify = new ClassifyRoute(model.getFileName().toString(), TextClassifier.load(model), threads,
                1024, 1 << 20);
        byte[] health = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        WebServer server = WebServer.builder()
                .host(host)
                .port(port)
                // As deep as the connection bound, like the Jetty server's accept queue.
                .backlog(maxConnections)
                .maxTcpConnections(maxConnections)
                .idleConnectionTimeout(Duration.ofSeconds(idleTimeout))
                .idleConnectionPeriod(Duration.ofSeconds(Math.max(1, idleTimeout / 6)))
                .routing(routing -> routing
                        .get("/health", (req, res) -> ClassifyRoute.sendJson(res, 200, health))
                        // Helidon routes no HEAD to a GET handler, and writes the body of a HEAD answer
                        // if given one: name the length and send none.
                        .route(Method.HEAD, "/health", (req, res) -> ClassifyRoute.sendHead(res, health))
                        .post("/v1/classify", classify))
                .build()
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            classify.close();
            stopped.countDown();
        }));
        System.out.println("serving " + model.getFileName() + " on http://" + host + ":" + server.port()
                + "/ (Ctrl-C to stop)");
        System.out.flush();
        stopped.await();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got " + String.join(" ", args));
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("give " + name);
        }
        return value;
    }
}
