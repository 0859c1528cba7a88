package io.textkit.app.serve;

import java.time.Instant;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * One access-log line: client address, time, request line, status, body bytes and milliseconds, in
 * the order of the common log format so that its tools read the start of it.
 */
final class AccessLogLine {
    private AccessLogLine() {}

    static String of(Request request, Response response, double seconds) {
        String query = request.getHttpURI().getQuery();
        long length = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        return String.format(Locale.ROOT, "%s - - [%s] \"%s %s%s %s\" %d %s %.3fms",
                Request.getRemoteAddr(request), Instant.ofEpochMilli(Request.getTimeStamp(request)),
                request.getMethod(), request.getHttpURI().getPath(), query == null ? "" : "?" + query,
                request.getConnectionMetaData().getProtocol(), response.getStatus(),
                length < 0 ? "-" : Long.toString(length), seconds * 1000);
    }
}
