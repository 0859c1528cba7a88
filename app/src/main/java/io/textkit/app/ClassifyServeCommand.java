package io.textkit.app;

import io.textkit.classify.TextClassifier;
import io.textkit.core.io.ModelFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textkit classify serve}: a text classifier behind a small JSON HTTP API. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve a text classifier over HTTP: POST /v1/classify {\"texts\": [...], \"top_k\": n}, "
            + "GET /v1/models, GET /health.", "Ctrl-C stops accepting and lets requests in flight finish."})
final class ClassifyServeCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A classifier model file (.tkm).")
    Path model;

    @Option(names = "--port", defaultValue = "8080", description = "Port; 0 for any free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--threads", description = {"Request threads. Default: the number of cores.",
        "Classifying is CPU-bound, so more threads than cores only queue on the cores, and each keeps its "
            + "own matrix-product buffers (about 1 MB for TextCNN)."})
    Integer threads;

    @Option(names = "--max-queue", defaultValue = "1024",
            description = "Most requests waiting for a thread; more get 503 with Retry-After. Default: ${DEFAULT-VALUE}.")
    int maxQueued;

    @Option(names = "--max-body-bytes", defaultValue = "1048576",
            description = "Largest request body; larger ones get 413. Default: ${DEFAULT-VALUE}.")
    int maxBodyBytes;

    @Option(names = "--max-batch", defaultValue = "256", description = "Most texts per request. Default: ${DEFAULT-VALUE}.")
    int maxBatch;

    @Option(names = "--max-text-chars", defaultValue = "10000",
            description = "Longest text, in characters. Default: ${DEFAULT-VALUE}.")
    int maxTextChars;

    @Option(names = "--grace-seconds", defaultValue = "5",
            description = "How long a stop waits for requests in flight. Default: ${DEFAULT-VALUE}.")
    int graceSeconds;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopRequested = new CountDownLatch(1);
        try (Interruption stop = Interruption.onSignal(stopRequested::countDown); ClassifyServer server = start()) {
            out().println("serving " + model.getFileName() + " on " + server.url() + " (Ctrl-C to stop)");
            out().flush();
            stopRequested.await();
            out().println("stopping");
            out().flush();
        }
        return 0;
    }

    /** Loads the model and starts the server; the caller closes it. Tests call this directly. */
    ClassifyServer start() throws IOException {
        CommandOptions.inRange(spec, "--port", port, 0, 65_535);
        if (threads != null) {
            CommandOptions.positive(spec, "--threads", threads);
        }
        CommandOptions.atLeast(spec, "--max-queue", maxQueued, 0);
        CommandOptions.positive(spec, "--max-body-bytes", maxBodyBytes);
        CommandOptions.positive(spec, "--max-batch", maxBatch);
        CommandOptions.positive(spec, "--max-text-chars", maxTextChars);
        CommandOptions.atLeast(spec, "--grace-seconds", graceSeconds, 0);
        ServerLimits limits = new ServerLimits(maxBodyBytes, maxBatch, maxTextChars);
        TextClassifier classifier = TextClassifier.load(model);
        ClassifyServer.ModelInfo info = new ClassifyServer.ModelInfo(model.getFileName().toString(),
                ModelFileReader.kind(model));
        return ClassifyServer.start(classifier, info, limits, host, port,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads, maxQueued, graceSeconds);
    }
}
