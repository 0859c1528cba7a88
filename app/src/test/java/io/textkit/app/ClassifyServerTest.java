package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textkit.app.serve.ClassifyServer;
import io.textkit.app.serve.ModelRegistry;
import io.textkit.app.serve.ServedModel;
import io.textkit.app.serve.ServerLimits;
import io.textkit.app.serve.ServerOptions;
import io.textkit.classify.TextClassifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code textkit classify serve} in process on 127.0.0.1 and a free port: answers, error statuses
 * and concurrent requests, through the JDK's HTTP client.
 */
@Timeout(60)
class ClassifyServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static ClassifyServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        Path model = TinyClassifier.train(dir);
        ClassifyServeCommand serve = new ClassifyServeCommand();
        new CommandLine(serve).parseArgs("--model", model.toString(), "--host", "127.0.0.1", "--port", "0",
                "--threads", "4", "--max-body-bytes", "2048", "--max-batch", "16", "--max-text-chars", "100",
                "--grace-seconds", "1");
        server = serve.start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        client.close();
    }

    private static HttpResponse<String> send(String method, String path, BodyPublisher body)
            throws IOException, InterruptedException {
        return client.send(request(method, path, body), BodyHandlers.ofString());
    }

    private static HttpRequest request(String method, String path, BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).method(method, body).build();
    }

    private static HttpResponse<String> classify(String body) throws IOException, InterruptedException {
        return send("POST", "/v1/classify", BodyPublishers.ofString(body));
    }

    /** Checks the status and that the body is a JSON error whose message contains {@code message}. */
    private static void assertError(int status, String message, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        String error = JSON.readTree(response.body()).path("error").asText();
        assertTrue(error.contains(message), error);
    }

    @Test
    void classifiesABatch() throws Exception {
        HttpResponse<String> response = classify("{\"texts\": [\"great lovely\", \"awful sad\"], \"top_k\": 2}");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode answer = JSON.readTree(response.body());
        assertEquals("sentiment.tkm", answer.get("model").asText());
        JsonNode results = answer.get("results");
        assertEquals(2, results.size());
        assertEquals("pos", results.get(0).get("predictions").get(0).get("label").asText());
        assertEquals("neg", results.get(1).get("predictions").get(0).get("label").asText());
        for (JsonNode result : results) {
            JsonNode predictions = result.get("predictions");
            assertEquals(2, predictions.size());
            assertEquals(1.0, predictions.get(0).get("probability").asDouble()
                    + predictions.get(1).get("probability").asDouble(), 1e-5);
        }
    }

    @Test
    void topKDefaultsToOne() throws Exception {
        JsonNode answer = JSON.readTree(classify("{\"texts\": [\"good\"]}").body());
        assertEquals(1, answer.get("results").get(0).get("predictions").size());
    }

    @Test
    void healthAndModels() throws Exception {
        HttpResponse<String> health = send("GET", "/health", BodyPublishers.noBody());
        assertEquals(200, health.statusCode());
        assertEquals("ok", JSON.readTree(health.body()).get("status").asText());

        JsonNode models = JSON.readTree(send("GET", "/v1/models", BodyPublishers.noBody()).body());
        assertEquals("fasttext", models.get("kind").asText());
        assertEquals("sentiment.tkm", models.get("model").asText());
        assertEquals(List.of("pos", "neg"), List.of(models.get("labels").get(0).asText(), models.get("labels").get(1).asText()));
    }

    @Test
    void malformedRequestsGet400() throws Exception {
        assertError(400, "invalid JSON", classify("{\"texts\": [\"good\""));
        assertError(400, "invalid JSON", classify("{\"texts\": [\"good\"]} trailing"));
        assertError(400, "must be a JSON object", classify("[\"good\"]"));
        assertError(400, "\"texts\" is empty", classify("{\"texts\": []}"));
        assertError(400, "\"texts\" must be an array", classify("{\"top_k\": 1}"));
        assertError(400, "texts[1] is not a string", classify("{\"texts\": [\"good\", 3]}"));
        assertError(400, "--max-batch 16", classify("{\"texts\": [" + "\"a\",".repeat(16) + "\"a\"]}"));
        assertError(400, "texts[0] has 101 characters, more than the limit --max-text-chars 100",
                classify("{\"texts\": [\"" + "a".repeat(101) + "\"]}"));
        assertError(400, "\"top_k\" must be an integer from 1 to 2", classify("{\"texts\": [\"good\"], \"top_k\": 3}"));
        assertError(400, "\"top_k\" must be an integer from 1 to 2", classify("{\"texts\": [\"good\"], \"top_k\": 0}"));
        assertError(400, "\"top_k\" must be an integer from 1 to 2", classify("{\"texts\": [\"good\"], \"top_k\": 1.5}"));
    }

    @Test
    void invalidUtf8Gets400() throws Exception {
        byte[] body = "{\"texts\": [\"x\"]}".getBytes(StandardCharsets.UTF_8);
        body[12] = (byte) 0xC3;
        body[13] = (byte) 0x28;
        assertError(400, "not valid UTF-8", send("POST", "/v1/classify", BodyPublishers.ofByteArray(body)));
    }

    @Test
    void anOversizedBodyGets413WithOrWithoutContentLength() throws Exception {
        byte[] body = ("{\"texts\": [\"" + "a".repeat(3000) + "\"]}").getBytes(StandardCharsets.UTF_8);
        assertError(413, "--max-body-bytes 2048", send("POST", "/v1/classify", BodyPublishers.ofByteArray(body)));
        // Streamed with chunked encoding, so the server cannot rely on a Content-Length.
        assertError(413, "--max-body-bytes 2048", send("POST", "/v1/classify",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    @Test
    void wrongMethodAndUnknownPath() throws Exception {
        HttpResponse<String> get = send("GET", "/v1/classify", BodyPublishers.noBody());
        assertError(405, "use POST", get);
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertError(405, "use GET", send("POST", "/health", BodyPublishers.ofString("{}")));
        assertError(404, "no such path: /v2/classify", send("GET", "/v2/classify", BodyPublishers.noBody()));
    }

    @Test
    void eightConcurrentRequestsAllSucceed() {
        List<CompletableFuture<HttpResponse<String>>> pending = IntStream.range(0, 8)
                .mapToObj(i -> client.sendAsync(request("POST", "/v1/classify",
                        BodyPublishers.ofString("{\"texts\": [\"superb happy " + i + "\", \"poor bad\"]}")),
                        BodyHandlers.ofString()))
                .toList();
        for (CompletableFuture<HttpResponse<String>> answer : pending) {
            HttpResponse<String> response = answer.join();
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"label\":\"pos\""), response.body());
        }
    }

    @Test
    void aFullQueueGets503WithRetryAfter() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TextClassifier blocking = new TextClassifier() {
            @Override
            public float[] probabilities(String text) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new float[] {1f};
            }

            @Override
            public List<String> labels() {
                return List.of("only");
            }

            @Override
            public void save(Path file) {
                throw new UnsupportedOperationException();
            }
        };
        ServerOptions options = new ServerOptions("127.0.0.1", 0, 1, 1, 1, 100, new ServerLimits(2048, 16, 100),
                10_000, 10_000, 10_000, 1, null);
        try (ClassifyServer busy = ClassifyServer.start(new ModelRegistry(List.of(ServedModel.of("blocking", "test", blocking))),
                options, System.err)) {
            URI uri = URI.create("http://127.0.0.1:" + busy.port() + "/v1/classify");
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .POST(BodyPublishers.ofString("{\"texts\": [\"x\"]}")).build();
            CompletableFuture<HttpResponse<String>> working = client.sendAsync(request, BodyHandlers.ofString());
            entered.await();
            // One thread busy and a queue of one: of the next two requests one waits and one is refused.
            CompletableFuture<HttpResponse<String>> second = client.sendAsync(request, BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> third = client.sendAsync(request, BodyHandlers.ofString());
            HttpResponse<String> refused = (HttpResponse<String>) CompletableFuture.anyOf(second, third).join();
            assertError(503, "server busy: 1 requests are already waiting", refused);
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
            release.countDown();
            assertEquals(200, working.join().statusCode());
            HttpResponse<String> waited = (second.join() == refused ? third : second).join();
            assertEquals(200, waited.statusCode(), waited.body());
        }
    }
}
