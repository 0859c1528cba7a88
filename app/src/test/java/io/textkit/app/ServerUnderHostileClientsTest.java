package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.app.serve.ClassifyServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The server against clients that stall, send broken requests or reuse connections, over real
 * sockets on 127.0.0.1: two classification threads and one I/O thread, short timeouts.
 */
@Timeout(60)
class ServerUnderHostileClientsTest {
    @TempDir
    static Path dir;
    static ClassifyServer server;
    static ServeTestClient client;

    @BeforeAll
    static void start() throws IOException {
        Path model = TinyClassifier.train(dir);
        ClassifyServeCommand serve = new ClassifyServeCommand();
        new CommandLine(serve).parseArgs("--model", model.toString(), "--port", "0", "--threads", "2",
                "--io-threads", "1", "--header-timeout-seconds", "2", "--body-timeout-seconds", "1",
                "--idle-timeout-seconds", "30", "--grace-seconds", "1");
        server = serve.start();
        client = new ServeTestClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        client.close();
    }

    /** The probe that used to hang the JDK server: stalled requests no longer hold the threads /health needs. */
    @Test
    void fourStalledConnectionsDoNotStopHealthFromAnswering() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket socket = client.socket(10);
                socket.getOutputStream().write("POST /v1/classify HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                stalled.add(socket);
            }
            CompletableFuture<HttpResponse<String>> health = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.get("/health");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(200, health.get(2, TimeUnit.SECONDS).statusCode());
            assertEquals(200, client.post("/v1/classify", "{\"texts\": [\"good\"]}").statusCode());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionStalledInItsHeadersIsClosedAfterTheHeaderTimeout() throws Exception {
        try (Socket socket = client.socket(20)) {
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: te".getBytes(StandardCharsets.ISO_8859_1));
            long start = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read(), "the server closes the connection without an answer");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15));
        }
    }

    @Test
    void aBodyThatStopsArrivingGets408AndTheConnectionCloses() throws Exception {
        String answer = client.raw("POST /v1/classify HTTP/1.1\r\nHost: test\r\nContent-Length: 100\r\n\r\n{\"texts\": [");
        assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        assertTrue(answer.contains("--body-timeout-seconds 1"), answer);
    }

    @Test
    void aMalformedChunkSizeGets400() throws Exception {
        String answer = client.raw("POST /v1/classify HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "zz\r\n{\"texts\": [\"good\"]}\r\n0\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("{\"error\":\"malformed request"), answer);
    }

    @Test
    void headAnswersWhereverGetDoesWithHeadersOnly() throws Exception {
        for (String path : List.of("/health", "/v1/models", "/metrics", "/openapi.json")) {
            String answer = client.raw("HEAD " + path + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 200"), path + ": " + answer);
            assertTrue(answer.toLowerCase().contains("content-length:"), path + ": " + answer);
            assertTrue(answer.endsWith("\r\n\r\n"), path + ": a HEAD answer has no body: " + answer);
        }
        HttpResponse<String> head = client.send("HEAD", "/v1/classify", null);
        assertEquals(405, head.statusCode());
        assertEquals("POST", head.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void oneConnectionCarriesSeveralRequests() throws Exception {
        try (Socket socket = client.socket(5)) {
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: test\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                String answer = readOneAnswer(in);
                assertTrue(answer.startsWith("HTTP/1.1 200"), "request " + i + ": " + answer);
                assertTrue(answer.endsWith("{\"status\":\"ok\"}"), answer);
            }
        }
    }

    /** Reads one answer whose body is the 15-byte {"status":"ok"}. */
    private static String readOneAnswer(InputStream in) throws IOException {
        StringBuilder got = new StringBuilder();
        while (!got.toString().endsWith("{\"status\":\"ok\"}")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            got.append((char) b);
        }
        return got.toString();
    }
}
