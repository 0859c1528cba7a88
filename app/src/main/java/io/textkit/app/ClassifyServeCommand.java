package io.textkit.app;

import io.textkit.app.serve.ClassifyServer;
import io.textkit.app.serve.ModelRegistry;
import io.textkit.app.serve.ServedModel;
import io.textkit.app.serve.ServerLimits;
import io.textkit.app.serve.ServerOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/** {@code textkit classify serve}: text classifiers behind a small JSON HTTP API. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve text classifiers over HTTP: POST /v1/classify {\"texts\": [...], \"top_k\": n}, "
            + "POST /v1/models/NAME/classify, POST /v1/models/NAME/reload, GET /v1/models, GET /health, "
            + "GET /metrics, GET /openapi.json.",
            "Ctrl-C or SIGTERM stops accepting and lets requests in flight finish; SIGHUP reloads every model."})
final class ClassifyServeCommand extends CommandOutput implements Callable<Integer> {
    /** A model name: safe in a URL path and a metrics label. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Option(names = "--model", required = true, paramLabel = "[NAME=]FILE",
            description = {"A classifier model file (.tkm), served as NAME (default: the file's name). "
                + "Repeat for several; the first is the one /v1/classify uses."})
    List<String> modelArgs;

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

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopRequested = new CountDownLatch(1);
        try (Interruption stop = Interruption.onSignal(stopRequested::countDown); ClassifyServer server = start()) {
            Signal.handle(new Signal("HUP"), signal -> server.reloadAll());
            out().println("serving " + String.join(", ", modelNames()) + " on " + server.url() + " (Ctrl-C to stop)");
            out().flush();
            stopRequested.await();
            out().println("stopping");
            out().flush();
        }
        return 0;
    }

    /** Loads the models and starts the server; the caller closes it. Tests call this directly. */
    ClassifyServer start() throws IOException {
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
        ServerOptions options = new ServerOptions(host, port, threads == null ? cores : threads,
                ioThreads == null ? Math.max(1, cores / 2) : ioThreads, maxQueued, maxConnections, limits,
                millis(headerTimeoutSeconds), millis(bodyTimeoutSeconds), millis(idleTimeoutSeconds), graceSeconds,
                accessLog ? out() : null);
        List<ServedModel> models = new ArrayList<>();
        for (String arg : modelArgs) {
            NamedFile named = NamedFile.parse(arg);
            models.add(ServedModel.load(named.name(), named.file()));
        }
        return ClassifyServer.start(new ModelRegistry(models), options, System.err);
    }

    private static int millis(int seconds) {
        return seconds > Integer.MAX_VALUE / 1000 ? Integer.MAX_VALUE : seconds * 1000;
    }

    private List<String> modelNames() {
        return modelArgs.stream().map(arg -> NamedFile.parse(arg).name()).toList();
    }

    /** A {@code --model} argument: {@code NAME=FILE}, or a bare file named after itself. */
    record NamedFile(String name, Path file) {
        static NamedFile parse(String arg) {
            int eq = arg.indexOf('=');
            if (eq > 0 && NAME.matcher(arg.substring(0, eq)).matches()) {
                return new NamedFile(arg.substring(0, eq), Path.of(arg.substring(eq + 1)));
            }
            Path file = Path.of(arg);
            String name = file.getFileName() == null ? arg : file.getFileName().toString();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("--model " + arg + ": the file name " + name + " cannot name a "
                        + "model in a URL; give one with --model NAME=FILE (letters, digits, '.', '_', '-')");
            }
            return new NamedFile(name, file);
        }
    }
}
