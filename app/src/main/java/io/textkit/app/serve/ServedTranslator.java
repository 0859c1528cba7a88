package io.textkit.app.serve;

import io.textkit.app.translate.Decoding;
import io.textkit.app.translate.SentenceTranslator;
import io.textkit.seq2seq.Translator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A translator the server answers {@code POST /v1/translate} with, under a name.
 *
 * @param name        the name answers carry
 * @param file        the model file, or null for a translator served from memory
 * @param translator  the loaded model with its searches
 * @param decoding    the search requests start from; a request may change its beam and n-best size
 * @param loadedAt    when it was read
 * @param loadSeconds how long reading it took
 */
public record ServedTranslator(String name, Path file, SentenceTranslator translator, Decoding decoding,
        Instant loadedAt, double loadSeconds) {

    /** Reads {@code file} and serves it as {@code name}, decoding as {@code decoding} says by default. */
    public static ServedTranslator load(String name, Path file, Decoding decoding) throws IOException {
        long start = System.nanoTime();
        Translator model = Translator.load(file);
        return new ServedTranslator(name, file, new SentenceTranslator(model), decoding, Instant.now(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Serves a translator that has no file. */
    public static ServedTranslator of(String name, Translator model, Decoding decoding) {
        return new ServedTranslator(name, null, new SentenceTranslator(model), decoding, Instant.now(), 0);
    }
}
