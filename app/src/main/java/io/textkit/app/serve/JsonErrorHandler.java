package io.textkit.app.serve;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request it refuses before the server's handler sees it (a malformed request
 * line, header or chunk, headers too large), as the same {@code {"error": "..."}} JSON as every
 * other error instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        RequestHandler.send(response, callback, code, "application/json; charset=utf-8",
                RequestHandler.errorJson((code == 400 ? "malformed request: " : "") + reason));
    }
}
