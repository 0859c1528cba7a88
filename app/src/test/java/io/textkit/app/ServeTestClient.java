package io.textkit.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to a server on 127.0.0.1 for the serving tests: through the JDK's client, or as raw bytes on a socket. */
final class ServeTestClient implements AutoCloseable {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    ServeTestClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)).build();
        return client.send(request, BodyHandlers.ofString());
    }

    /** A socket to the server that gives up reading after {@code seconds}. */
    Socket socket(int seconds) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(seconds * 1000);
        return socket;
    }

    /** Writes {@code request} on a new socket and returns all the server sends until it closes or 5 s pass. */
    String raw(String request) throws IOException {
        try (Socket socket = socket(5)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return readUntilClosed(socket.getInputStream());
        }
    }

    /** What {@code in} delivers until end of stream or a read timeout. */
    static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                got.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // The server kept the connection open: what came so far is the answer.
        }
        return got.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        client.close();
    }
}
