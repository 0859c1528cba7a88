package io.textkit.corpora;

import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Records read from files that can be read as many times as needed: each call to {@link #stream()}
 * opens the files afresh and reads them lazily, so word2vec can make several passes over a corpus
 * that does not fit in memory.
 *
 * <p>The one idiom of this package: the caller closes each stream, with try-with-resources.
 * Errors surface while streaming as {@link java.io.UncheckedIOException}, whose message names the
 * file and line and whose cause is the {@link TextFormatException} or {@link java.io.IOException}.
 *
 * <pre>{@code
 * try (Stream<String> lines = corpus.stream()) {
 *     lines.forEach(vocabulary::add);
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface Corpus<T> {
    /** Opens the corpus for one pass; close the stream when done. */
    Stream<T> stream();

    /** Reads the whole corpus once and counts its records. */
    default long count() {
        try (Stream<T> records = stream()) {
            return records.count();
        }
    }

    /** This corpus with {@code f} applied to every record, still read afresh on each pass. */
    default <R> Corpus<R> map(Function<? super T, ? extends R> f) {
        return () -> stream().map(f);
    }
}
