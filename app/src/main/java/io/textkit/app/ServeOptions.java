package io.textkit.app;

import io.textkit.app.serve.ServerLimits;
import io.textkit.app.serve.ServerOptions;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of the HTTP server, shared by {@code classify serve} and {@code translate serve}
 * (one server, one set of limits and timeouts), checked under the names the user typed.
 */
final class ServeOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port; 0 for any free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--threads", description = {"Classification threads. Default: the number of cores.",
        "Classifying is CPU-bound, so more threads than cores only queue on the cores, and each keeps its "
            + "own matrix-product buffers (about 1 MB for TextCNN)."})
    Integer threads;

    @Option(names = "--io-threads", description = "Threads that read requests and write answers, never blocking. "
            + "Default: half the cores, at least 1.")
    Integer ioThreads;

    @Option(names = "--max-queue", defaultValue = "1024",
            description = "Most requests waiting for a thread; more get 503 with Retry-After. Default: ${DEFAULT-VALUE}.")
    int maxQueued;

    @Option(names = "--max-connections", defaultValue = "4096",
            description = "Most open connections; more wait to be accepted. Default: ${DEFAULT-VALUE}.")
    int maxConnections;

    @Option(names = "--max-body-bytes", defaultValue = "1048576",
            description = "Largest request body; larger ones get 413. Default: ${DEFAULT-VALUE}.")
    int maxBodyBytes;

    @Option(names = "--max-batch", defaultValue = "256", description = "Most texts per request. Default: ${DEFAULT-VALUE}.")
    int maxBatch;

    @Option(names = "--max-text-chars", defaultValue = "10000",
            description = "Longest text, in characters. Default: ${DEFAULT-VALUE}.")
    int maxTextChars;

    @Option(names = "--header-timeout-seconds", defaultValue = "10",
            description = "Most time from a request's first byte to the end of its headers; then the connection "
                + "is closed. Default: ${DEFAULT-VALUE}.")
    int headerTimeoutSeconds;

    @Option(names = "--body-timeout-seconds", defaultValue = "30",
            description = "Most time to receive a request body; then 408 and the connection is closed. "
                + "Default: ${DEFAULT-VALUE}.")
    int bodyTimeoutSeconds;

    @Option(names = "--idle-timeout-seconds", defaultValue = "60",
            description = "Most time a connection may sit idle, between requests or mid-transfer. "
                + "Default: ${DEFAULT-VALUE}.")
    int idleTimeoutSeconds;

    @Option(names = "--grace-seconds", defaultValue = "5",
            description = "How long a stop waits for requests in flight. Default: ${DEFAULT-VALUE}.")
    int graceSeconds;

    @Option(names = "--access-log", description = "Print one line per request on standard output.")
    boolean accessLog;

    /**
     * The server options these make; the access log, if asked for, goes to {@code accessLogTo}.
     *
     * @throws BadOptionException naming the first option whose value cannot be used
     */
    ServerOptions serverOptions(PrintWriter accessLogTo) {
        CommandOptions.inRange(spec, "--port", port, 0, 65_535);
        if (threads != null) {
            CommandOptions.positive(spec, "--threads", threads);
        }
        if (ioThreads != null) {
            CommandOptions.positive(spec, "--io-threads", ioThreads);
        }
        // A queue of at least one: the classification pool hands every request through it.
        CommandOptions.positive(spec, "--max-queue", maxQueued);
        CommandOptions.positive(spec, "--max-connections", maxConnections);
        CommandOptions.positive(spec, "--max-body-bytes", maxBodyBytes);
        CommandOptions.positive(spec, "--max-batch", maxBatch);
        CommandOptions.positive(spec, "--max-text-chars", maxTextChars);
        CommandOptions.positive(spec, "--header-timeout-seconds", headerTimeoutSeconds);
        CommandOptions.positive(spec, "--body-timeout-seconds", bodyTimeoutSeconds);
        CommandOptions.positive(spec, "--idle-timeout-seconds", idleTimeoutSeconds);
        CommandOptions.atLeast(spec, "--grace-seconds", graceSeconds, 0);
        ServerLimits limits = new ServerLimits(maxBodyBytes, maxBatch, maxTextChars);
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerOptions(host, port, threads == null ? cores : threads,
                ioThreads == null ? Math.max(1, cores / 2) : ioThreads, maxQueued, maxConnections, limits,
                millis(headerTimeoutSeconds), millis(bodyTimeoutSeconds), millis(idleTimeoutSeconds), graceSeconds,
                accessLog ? accessLogTo : null);
    }

    private static int millis(int seconds) {
        return seconds > Integer.MAX_VALUE / 1000 ? Integer.MAX_VALUE : seconds * 1000;
    }
}
