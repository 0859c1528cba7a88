package io.textkit.app.serve;

import io.textkit.classify.TextClassifier;
import io.textkit.core.io.ModelFileReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One model the server answers with, under its name. A reload reads the file into a new classifier
 * and swaps it in whole: a request in flight keeps the classifier it started with, and a file that
 * cannot be read leaves the current one serving.
 */
public final class ServedModel {
    /** A classifier as read from disk at one moment. */
    record Loaded(TextClassifier classifier, String kind, Instant loadedAt, double loadSeconds) {}

    private final String name;
    private final Path file;
    private final AtomicReference<Loaded> current;

    private ServedModel(String name, Path file, Loaded loaded) {
        this.name = name;
        this.file = file;
        this.current = new AtomicReference<>(loaded);
    }

    /** Reads {@code file} and serves it as {@code name}. */
    public static ServedModel load(String name, Path file) throws IOException {
        return new ServedModel(name, file, read(file));
    }

    /** Serves a classifier that has no file (it cannot be reloaded), as {@code name} of kind {@code kind}. */
    public static ServedModel of(String name, String kind, TextClassifier classifier) {
        return new ServedModel(name, null, new Loaded(classifier, kind, Instant.now(), 0));
    }

    private static Loaded read(Path file) throws IOException {
        long start = System.nanoTime();
        String kind = ModelFileReader.kind(file);
        TextClassifier classifier = TextClassifier.load(file);
        return new Loaded(classifier, kind, Instant.now(), (System.nanoTime() - start) / 1e9);
    }

    /** The name clients use in {@code /v1/models/{name}/...}. */
    public String name() {
        return name;
    }

    /** The model file, or null for a classifier served from memory. */
    public Path file() {
        return file;
    }

    Loaded current() {
        return current.get();
    }

    /**
     * Reads the file again and, if that succeeds, serves the new classifier from the next request on.
     *
     * @throws IOException naming the file and what is wrong with it; the current classifier stays
     */
    Loaded reload() throws IOException {
        if (file == null) {
            throw new IOException("model " + name + " was not loaded from a file, so it cannot be reloaded");
        }
        Loaded loaded;
        try {
            loaded = read(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (RuntimeException e) {
            // A damaged file can fail deep in the reader; the caller reports it like any unreadable file.
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        current.set(loaded);
        return loaded;
    }
}
