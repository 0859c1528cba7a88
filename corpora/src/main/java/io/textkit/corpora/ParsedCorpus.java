package io.textkit.corpora;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A corpus whose records come one per line of one or more texts, parsed by a {@link LineParser}.
 * Texts are opened one at a time, when the previous one is used up, and each gets a fresh parser.
 */
final class ParsedCorpus<T> implements Corpus<T> {
    /** Opens one text afresh for one pass. */
    @FunctionalInterface
    interface Opener {
        LineReader open() throws IOException;
    }

    private final List<Opener> openers;
    private final Supplier<? extends LineParser<T>> parsers;
    private final MalformedLineHandler malformedLines;

    ParsedCorpus(List<Opener> openers, Supplier<? extends LineParser<T>> parsers,
            MalformedLineHandler malformedLines) {
        this.openers = List.copyOf(openers);
        this.parsers = parsers;
        this.malformedLines = malformedLines;
    }

    /** A corpus of {@code files}, in order, read with {@code options}. */
    static <T> ParsedCorpus<T> of(List<Path> files, ReadOptions options,
            Supplier<? extends LineParser<T>> parsers) {
        List<Opener> openers = files.stream()
                .<Opener>map(file -> () -> TextFiles.openLines(file, options.utf8()))
                .toList();
        return new ParsedCorpus<>(openers, parsers, options.malformedLines());
    }

    @Override
    public Stream<T> stream() {
        Pass pass = new Pass();
        return StreamSupport.stream(pass, false).onClose(pass::close);
    }

    /** One pass: the text being read, and where the next one comes from. */
    private final class Pass extends Spliterators.AbstractSpliterator<T> {
        private final Iterator<Opener> next = openers.iterator();
        private LineReader reader;
        private LineParser<T> parser;

        Pass() {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            try {
                while (reader != null || next.hasNext()) {
                    if (reader == null) {
                        reader = next.next().open();
                        parser = parsers.get();
                    }
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        T record = parse(line);
                        if (record != null) {
                            action.accept(record);
                            return true;
                        }
                    }
                    close();
                }
                return false;
            } catch (IOException e) {
                throw unchecked(e);
            }
        }

        private T parse(String line) throws TextFormatException {
            try {
                return parser.parse(line, reader);
            } catch (TextFormatException e) {
                malformedLines.handle(e);
                return null;
            }
        }

        void close() {
            if (reader != null) {
                LineReader open = reader;
                reader = null;
                ParsedCorpus.close(open);
            }
        }
    }

    static void close(LineReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    /** Wraps {@code e} for a stream, keeping a message that names the file. */
    static UncheckedIOException unchecked(IOException e) {
        String message = e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
        return new UncheckedIOException(message, e);
    }
}
