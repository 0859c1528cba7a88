package io.textkit.app.serve;

/** A request the classification server refuses, with the HTTP status and the message its JSON error carries. */
class HttpError extends Exception {
    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
