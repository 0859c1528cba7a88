package io.textkit.app.serve;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Closes a connection whose request line and headers take too long: Jetty's idle timeout restarts
 * with every byte, so a client that sends one header byte at a time would otherwise hold its
 * connection for ever. Each connection is looked at every {@code timeoutMillis}; one seen in the
 * middle of the same request's headers twice in a row is closed, between one and two timeouts after
 * its headers began.
 */
final class HeaderDeadline implements Connection.Listener {
    private final Connector connector;
    private final long timeoutMillis;

    HeaderDeadline(Connector connector, long timeoutMillis) {
        this.connector = connector;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void onOpened(Connection connection) {
        // HttpConnection is Jetty's HTTP/1.1 connection, the only kind this server makes.
        if (connection instanceof HttpConnection http) {
            new Watch(http).schedule();
        }
    }

    /** The looks at one connection, until it closes. */
    private final class Watch implements Runnable {
        private final HttpConnection connection;
        private boolean wasInHeaders;
        private long messagesSeen = -1;

        Watch(HttpConnection connection) {
            this.connection = connection;
        }

        void schedule() {
            connector.getScheduler().schedule(this, timeoutMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            if (!connection.getEndPoint().isOpen()) {
                return;
            }
            // Read from the scheduler's thread without a lock: a stale state only delays the close by a look.
            HttpParser parser = connection.getParser();
            boolean inHeaders = !parser.isStart() && parser.inHeaderState();
            long messages = connection.getMessagesIn();
            if (inHeaders && wasInHeaders && messages == messagesSeen) {
                connection.getEndPoint().close();
                return;
            }
            wasInHeaders = inHeaders;
            messagesSeen = messages;
            schedule();
        }
    }
}
