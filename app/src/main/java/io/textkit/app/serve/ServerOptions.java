package io.textkit.app.serve;

import io.textkit.core.config.Check;
import java.io.PrintWriter;

/**
 * How the classification server listens, how much work and how many connections it takes on, and
 * how long it waits for slow clients.
 *
 * @param host                 address to listen on
 * @param port                 port; 0 for any free one
 * @param threads              classification threads: the work is CPU-bound, so about the cores
 * @param ioThreads            threads that read requests and write answers without ever blocking
 * @param maxQueued            most requests waiting for a classification thread; more get 503
 * @param maxConnections       most open connections; further ones wait in the kernel's accept queue
 * @param limits               what one request may hold
 * @param headerTimeoutMillis  longest time from a request's first byte to the end of its headers
 * @param bodyTimeoutMillis    longest time to receive a request body
 * @param idleTimeoutMillis    longest time a connection may sit idle, between requests or mid-transfer
 * @param graceSeconds         how long a stop waits for requests in flight
 * @param accessLog            where to write one line per request, or null for none
 */
public record ServerOptions(String host, int port, int threads, int ioThreads, int maxQueued, int maxConnections,
        ServerLimits limits, int headerTimeoutMillis, int bodyTimeoutMillis, int idleTimeoutMillis,
        int graceSeconds, PrintWriter accessLog) {
    public ServerOptions {
        Check.that(port >= 0 && port <= 65535, "--port must be from 0 to 65535, got " + port);
        Check.positive("--threads", threads);
        Check.positive("--io-threads", ioThreads);
        Check.positive("--max-queue", maxQueued);
        Check.positive("--max-connections", maxConnections);
        Check.positive("--header-timeout-seconds", headerTimeoutMillis);
        Check.positive("--body-timeout-seconds", bodyTimeoutMillis);
        Check.positive("--idle-timeout-seconds", idleTimeoutMillis);
        Check.nonNegative("--grace-seconds", graceSeconds);
    }
}
