package io.textkit.app.serve;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.IntSupplier;

/**
 * The server's Prometheus metrics, in a registry of its own (so that two servers in one JVM, as in
 * tests, count apart), written in the Prometheus text format for {@code GET /metrics}.
 */
final class ServerMetrics {
    /** The Content-Type of {@link #scrape()}. */
    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Counter requests;
    private final Histogram latency;
    private final Gauge modelLoadSeconds;
    private final Counter reloads;

    ServerMetrics(IntSupplier queueDepth) {
        requests = Counter.builder().name("textkit_http_requests_total")
                .help("HTTP requests answered, by route template, method and status")
                .labelNames("route", "method", "status").register(registry);
        // Buckets from a fastText answer (tens of µs) to a long batch on a neural model (seconds).
        latency = Histogram.builder().name("textkit_http_request_duration_seconds")
                .help("Time from a request's headers to the last byte of its answer, by route template")
                .classicOnly()
                .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
                .labelNames("route").register(registry);
        GaugeWithCallback.builder().name("textkit_classify_queue_depth")
                .help("Classification requests waiting for a thread")
                .callback(callback -> callback.call(queueDepth.getAsInt())).register(registry);
        modelLoadSeconds = Gauge.builder().name("textkit_model_load_seconds")
                .help("How long the model's current version took to read from disk")
                .labelNames("model").register(registry);
        reloads = Counter.builder().name("textkit_model_reloads_total")
                .help("Model reloads, by model and result (ok or failed)")
                .labelNames("model", "result").register(registry);
    }

    /** Counts one answered request and its latency; route is a template, or "unknown" for a 404 path. */
    void request(String route, String method, int status, double seconds) {
        requests.labelValues(route, method, Integer.toString(status)).inc();
        latency.labelValues(route).observe(seconds);
    }

    void modelLoaded(String model, double seconds) {
        modelLoadSeconds.labelValues(model).set(seconds);
    }

    void reload(String model, boolean ok) {
        reloads.labelValues(model, ok ? "ok" : "failed").inc();
    }

    /** Every metric, in the Prometheus text format. */
    byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
