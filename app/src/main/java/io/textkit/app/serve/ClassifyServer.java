package io.textkit.app.serve;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.Options;

/**
 * A running HTTP server that classifies texts with one or more models, in JSON (the routes are
 * {@link Route}, described in {@code docs/openapi.json}), on Undertow: a few non-blocking I/O
 * threads hold every connection, and a fixed pool of classification threads, about the cores, does
 * the CPU work. Requests wait for a classification thread in a queue of bounded length; when it is
 * full the server answers 503 at once, with {@code Retry-After}, rather than letting latency and
 * memory grow without bound. Closing it refuses new requests, lets those in flight finish within the
 * grace period, then stops.
 */
public final class ClassifyServer implements AutoCloseable {
    /**
     * Undertow and XNIO announce themselves at INFO through java.util.logging; the command's output
     * is its own. Held here because java.util.logging keeps loggers only weakly.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.xnio"), Logger.getLogger("io.undertow"));

    private final ModelRegistry models;
    private final ServerOptions options;
    private final ThreadPoolExecutor classifyPool;
    private final ExecutorService reloadThread;
    private final Reloader reloader;
    private final GracefulShutdownHandler graceful;
    private final Undertow undertow;
    private final InetSocketAddress address;

    private ClassifyServer(ModelRegistry models, ServerOptions options, PrintStream log) {
        this.models = models;
        this.options = options;
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        classifyPool = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(options.maxQueued()), Thread.ofPlatform().name("textkit-classify-", 0).factory());
        reloadThread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("textkit-reload").daemon().factory());
        ServerMetrics metrics = new ServerMetrics(() -> classifyPool.getQueue().size());
        for (ServedModel model : models.all()) {
            metrics.modelLoaded(model.name(), model.current().loadSeconds());
        }
        reloader = new Reloader(metrics, log);
        graceful = Handlers.gracefulShutdown(new RequestHandler(models, options, metrics, classifyPool, reloadThread,
                reloader, openApi()));
        undertow = Undertow.builder()
                .addHttpListener(options.port(), options.host())
                .setIoThreads(options.ioThreads())
                // Undertow's own worker pool runs nothing of ours; the classification pool does the work.
                .setWorkerThreads(1)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, options.headerTimeoutMillis())
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, options.idleTimeoutMillis())
                .setServerOption(UndertowOptions.IDLE_TIMEOUT, options.idleTimeoutMillis())
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) options.limits().maxBodyBytes())
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 64 * 1024)
                // Past the high-water mark the server stops accepting until connections fall to the low one.
                .setSocketOption(Options.CONNECTION_HIGH_WATER, options.maxConnections())
                .setSocketOption(Options.CONNECTION_LOW_WATER, options.maxConnections())
                .setHandler(graceful)
                .build();
        try {
            undertow.start();
        } catch (RuntimeException e) {
            shutdownPools();
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port() + ": "
                        + io.getMessage(), io);
            }
            throw e;
        }
        address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
    }

    /** Starts serving {@code models} as {@code options} say; reloads are reported on {@code log}. */
    public static ClassifyServer start(ModelRegistry models, ServerOptions options, PrintStream log) {
        return new ClassifyServer(models, options, log);
    }

    private static byte[] openApi() {
        try (InputStream in = ClassifyServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar; rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port actually listened on, the chosen one when started on port 0. */
    public int port() {
        return address.getPort();
    }

    /** The base URL, for people and tests. */
    public String url() {
        String host = address.getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** Reloads every model from disk, one after another, on the reload thread; the log says how each went. */
    public void reloadAll() {
        for (ServedModel model : models.all()) {
            reloadThread.execute(() -> reloader.reload(model));
        }
    }

    /** Refuses new requests, waits up to the grace period for those in flight, then stops. */
    @Override
    public void close() {
        graceful.shutdown();
        try {
            graceful.awaitShutdown(options.graceSeconds() * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        shutdownPools();
    }

    private void shutdownPools() {
        reloadThread.shutdownNow();
        classifyPool.shutdown();
        try {
            if (!classifyPool.awaitTermination(options.graceSeconds() + 1L, TimeUnit.SECONDS)) {
                classifyPool.shutdownNow();
            }
        } catch (InterruptedException e) {
            classifyPool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
