package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textkit.app.serve.ClassifyServer;
import io.textkit.app.serve.Route;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the server says about itself: Prometheus metrics, the access log and its OpenAPI description. */
@Timeout(60)
class ServerMetricsAndDescriptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static ClassifyServer server;
    static ServeTestClient client;
    static StringWriter output = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        Path model = TinyClassifier.train(dir);
        ClassifyServeCommand serve = new ClassifyServeCommand();
        CommandLine command = new CommandLine(serve);
        command.setOut(new PrintWriter(output, true));
        command.parseArgs("--model", "tiny=" + model, "--port", "0", "--threads", "2", "--access-log",
                "--grace-seconds", "1");
        server = serve.start();
        client = new ServeTestClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        client.close();
    }

    @Test
    void metricsCountRequestsByRouteAndStatusInThePrometheusFormat() throws Exception {
        assertEquals(200, client.post("/v1/classify", "{\"texts\": [\"good\"]}").statusCode());
        assertEquals(400, client.post("/v1/models/tiny/classify", "{\"texts\": 3}").statusCode());
        assertEquals(404, client.get("/nowhere").statusCode());
        HttpResponse<String> metrics = client.get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = metrics.body();
        for (String line : new String[] {
            "textkit_http_requests_total{method=\"POST\",route=\"/v1/classify\",status=\"200\"} 1.0",
            "textkit_http_requests_total{method=\"POST\",route=\"/v1/models/{name}/classify\",status=\"400\"} 1.0",
            "textkit_http_requests_total{method=\"GET\",route=\"unknown\",status=\"404\"} 1.0",
            "textkit_http_request_duration_seconds_bucket{route=\"/v1/classify\",le=\"+Inf\"} 1",
            "textkit_classify_queue_depth 0.0",
            "textkit_model_load_seconds{model=\"tiny\"}"}) {
            assertTrue(text.contains(line), "no line " + line + " in\n" + text);
        }
    }

    @Test
    void theAccessLogHasALinePerRequest() throws Exception {
        assertEquals(200, client.get("/health?probe=1").statusCode());
        String log = "";
        for (int i = 0; i < 50 && !log.contains("/health?probe=1"); i++) {
            Thread.sleep(100);
            log = output.toString();
        }
        String line = log.lines().filter(l -> l.contains("/health?probe=1")).findFirst().orElse("none in " + log);
        assertTrue(line.matches("127\\.0\\.0\\.1 - - \\[.+\\] \"GET /health\\?probe=1 HTTP/1\\.1\" 200 15 [0-9.]+ms"), line);
    }

    @Test
    void theServedDescriptionIsTheDocsCopyAndListsEveryRoute() throws Exception {
        HttpResponse<String> served = client.get("/openapi.json");
        assertEquals(200, served.statusCode());
        JsonNode docs = JSON.readTree(Files.readString(Path.of("..", "docs", "openapi.json")));
        assertEquals(docs, JSON.readTree(served.body()));
        for (Route route : Route.values()) {
            JsonNode operation = docs.path("paths").path(route.template()).path(route.method().toLowerCase(Locale.ROOT));
            assertTrue(operation.isObject(), route.method() + " " + route.template() + " is not in docs/openapi.json");
        }
        assertEquals(Route.values().length, docs.get("paths").size(), "docs/openapi.json describes a route the server lacks");
    }
}
