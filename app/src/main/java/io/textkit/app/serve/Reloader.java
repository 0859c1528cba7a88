package io.textkit.app.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/** Reloads models from disk, one at a time, and says how it went in the log and the metrics. */
final class Reloader {
    /** What one reload did: the version now served and, if the file could not be read, why. */
    record Outcome(ServedModel.Loaded loaded, String error) {}

    private final ServerMetrics metrics;
    private final PrintStream log;

    Reloader(ServerMetrics metrics, PrintStream log) {
        this.metrics = metrics;
        this.log = log;
    }

    /** Reloads {@code model}; on failure the version already loaded keeps serving. */
    synchronized Outcome reload(ServedModel model) {
        try {
            ServedModel.Loaded loaded = model.reload();
            metrics.modelLoaded(model.name(), loaded.loadSeconds());
            metrics.reload(model.name(), true);
            log.printf(Locale.ROOT, "reloaded model %s from %s in %.2f s%n", model.name(), model.file(),
                    loaded.loadSeconds());
            return new Outcome(loaded, null);
        } catch (IOException e) {
            metrics.reload(model.name(), false);
            ServedModel.Loaded kept = model.current();
            String error = "reload of model " + model.name() + " failed, still serving the version loaded at "
                    + kept.loadedAt() + ": " + e.getMessage();
            log.println(error);
            return new Outcome(kept, error);
        }
    }
}
