package io.textkit.corpora.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on loopback that serves one byte array at {@code /file}, honouring Range or not. */
final class FileServer implements AutoCloseable {
    private final HttpServer server;
    private final byte[] content;
    private final boolean honourRange;
    final AtomicInteger rangeRequests = new AtomicInteger();

    FileServer(byte[] content, boolean honourRange) throws IOException {
        this.content = content;
        this.honourRange = honourRange;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/file", this::serve);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/file";
    }

    private void serve(HttpExchange exchange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        int from = 0;
        if (range != null) {
            rangeRequests.incrementAndGet();
        }
        if (range != null && honourRange) {
            from = Integer.parseInt(range.substring("bytes=".length(), range.indexOf('-')));
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
        }
        byte[] body = Arrays.copyOfRange(content, from, content.length);
        exchange.sendResponseHeaders(from > 0 ? 206 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
