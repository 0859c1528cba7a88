package io.textkit.app.serve;

import io.undertow.server.HttpServerExchange;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Locale;

/**
 * One access-log line: client address, time, request line, status, bytes sent and milliseconds,
 * in the order of the common log format so that its tools read the start of it.
 */
final class AccessLogLine {
    private AccessLogLine() {}

    static String of(HttpServerExchange exchange, double seconds) {
        InetSocketAddress client = exchange.getSourceAddress();
        String query = exchange.getQueryString();
        return String.format(Locale.ROOT, "%s - - [%s] \"%s %s%s %s\" %d %d %.3fms",
                client == null ? "-" : client.getAddress().getHostAddress(), Instant.now(),
                exchange.getRequestMethod(), exchange.getRequestPath(), query.isEmpty() ? "" : "?" + query,
                exchange.getProtocol(), exchange.getStatusCode(), exchange.getResponseBytesSent(), seconds * 1000);
    }
}
