package io.textkit.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A running HTTP server that classifies texts with one or more models, and translates them with
 * translators if it holds any ({@link ModelRegistry}), in JSON (the routes are
 * {@link Route}, described in {@code docs/openapi.json}), on Jetty: a few selector threads hold every
 * connection and Jetty's small pool parses and answers without blocking, while a fixed pool of
 * classification threads, about the cores, does the CPU work. Requests wait for a classification
 * thread in a queue of bounded length; when it is full the server answers 503 at once, with
 * {@code Retry-After}, rather than letting latency and memory grow without bound. Closing it stops
 * accepting, lets requests in flight finish within the grace period, then stops.
 */
public final class ClassifyServer implements AutoCloseable {
    private final ModelRegistry models;
    private final ServerOptions options;
    private final ThreadPoolExecutor classifyPool;
    private final ExecutorService reloadThread;
    private final Reloader reloader;
    private final Server server;
    private final ServerConnector connector;

    private ClassifyServer(ModelRegistry models, ServerOptions options, PrintStream log) {
        this.models = models;
        this.options = options;
        classifyPool = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(options.maxQueued()), Thread.ofPlatform().name("textkit-classify-", 0).factory());
        reloadThread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("textkit-reload").daemon().factory());
        ServerMetrics metrics = new ServerMetrics(() -> classifyPool.getQueue().size());
        for (ServedModel model : models.all()) {
            metrics.modelLoaded(model.name(), model.current().loadSeconds());
        }
        reloader = new Reloader(metrics, log);

        // Jetty's threads never block on a client or a model, so a small pool serves any number of connections.
        QueuedThreadPool jettyThreads = new QueuedThreadPool(8 + 4 * options.ioThreads(), 2 + options.ioThreads());
        jettyThreads.setName("textkit-http");
        server = new Server(jettyThreads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        connector = new ServerConnector(server, 1, options.ioThreads(), new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeoutMillis());
        // The JDK's default backlog of 50 drops the SYNs of a burst of new connections, which then wait
        // one to several seconds to retry: let the kernel queue as many as the server may hold.
        connector.setAcceptQueueSize(options.maxConnections());
        connector.addEventListener(new HeaderDeadline(connector, options.headerTimeoutMillis()));
        server.addConnector(connector);
        // Past the limit the server stops accepting; further connections wait in the kernel's queue.
        server.addBean(new NetworkConnectionLimit(options.maxConnections(), connector));
        server.setErrorHandler(new JsonErrorHandler());
        server.setRequestLog((request, response) -> {
            double seconds = (System.nanoTime() - request.getBeginNanoTime()) / 1e9;
            Object route = request.getAttribute(RequestHandler.ROUTE);
            metrics.request(route == null ? "unknown" : route.toString(), request.getMethod(), response.getStatus(), seconds);
            if (options.accessLog() != null) {
                options.accessLog().println(AccessLogLine.of(request, response, seconds));
            }
        });
        server.setHandler(new GracefulHandler(new RequestHandler(models, options, metrics, classifyPool, reloadThread,
                reloader, openApi())));
        server.setStopTimeout(options.graceSeconds() * 1000L);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new UncheckedIOException(new IOException("cannot listen on " + options.host() + ":" + options.port()
                    + ": " + e.getMessage(), e));
        }
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
        return connector.getLocalPort();
    }

    /** The base URL, for people and tests. */
    public String url() {
        String host = options.host();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** Reloads every model from disk, one after another, on the reload thread; the log says how each went. */
    public void reloadAll() {
        for (ServedModel model : models.all()) {
            reloadThread.execute(() -> reloader.reload(model));
        }
    }

    /** Stops accepting, waits up to the grace period for requests in flight, then stops. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: what matters is that the threads below end.
        }
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
