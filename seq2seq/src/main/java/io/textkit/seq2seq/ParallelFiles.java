package io.textkit.seq2seq;

import io.textkit.corpora.Corpus;
import io.textkit.corpora.LineReader;
import io.textkit.corpora.MalformedInput;
import io.textkit.corpora.SentencePair;
import io.textkit.corpora.TextFiles;
import io.textkit.corpora.TextFormatException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the sentence pairs a translator trains on, streamed and strict: any line that cannot be a
 * training pair stops the read with a {@link TextFormatException} (inside an
 * {@link UncheckedIOException}, as every {@link Corpus} reports) naming the file and the line.
 *
 * <ul>
 *   <li>{@link #aligned}: two line-aligned files, line n of one translating line n of the other
 *       (Multi30k, Europarl, WMT releases). Files of different lengths, a line empty on one side
 *       only, and invalid UTF-8 are errors; a line empty on both sides is skipped.
 *   <li>{@link #tabSeparated}: {@code english<TAB>french[<TAB>attribution]} lines, Tatoeba's export
 *       from manythings.org, read from the {@code .txt} file or straight from the {@code .zip} it is
 *       distributed in (the archive's {@code .txt} entry other than {@code _about.txt}).
 * </ul>
 */
public final class ParallelFiles {
    private ParallelFiles() {}

    /** Pairs line n of {@code source} with line n of {@code target}; sides are stripped of surrounding whitespace. */
    public static Corpus<SentencePair> aligned(Path source, Path target) {
        return () -> {
            LineReader sources = open(source);
            LineReader targets;
            try {
                targets = open(target);
            } catch (RuntimeException e) {
                closeQuietly(sources, e);
                throw e;
            }
            return stream(new AlignedPairs(sources, targets), () -> {
                try (sources; targets) {
                    // closing both is the point
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
    }

    /**
     * Pairs from {@code first<TAB>second} lines of {@code file}, a text file or a zip archive holding
     * one; columns after the second are ignored. The pair's source is the first column, its target
     * the second (swap them with {@code map} for the other direction).
     */
    public static Corpus<SentencePair> tabSeparated(Path file) {
        return () -> {
            TabSeparatedPairs pairs = new TabSeparatedPairs(openMaybeZipped(file));
            return stream(pairs, () -> {
                try {
                    pairs.lines.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
    }

    private static Stream<SentencePair> stream(Spliterator<SentencePair> pairs, Runnable close) {
        return StreamSupport.stream(pairs, false).onClose(close);
    }

    private static LineReader open(Path file) {
        try {
            return TextFiles.openLines(file, MalformedInput.REPORT);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static LineReader openMaybeZipped(Path file) {
        try {
            if (!isZip(file)) {
                return TextFiles.openLines(file, MalformedInput.REPORT);
            }
            ZipFile zip = new ZipFile(file.toFile());
            try {
                ZipEntry entry = textEntry(zip, file);
                InputStream in = zip.getInputStream(entry);
                InputStream closesZip = new FilterInputStream(in) {
                    @Override
                    public void close() throws IOException {
                        try (zip) {
                            super.close();
                        }
                    }
                };
                return TextFiles.openLines(closesZip, file + "!" + entry.getName(), MalformedInput.REPORT);
            } catch (IOException | RuntimeException e) {
                zip.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e instanceof TextFormatException ? e.getMessage() : file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    private static ZipEntry textEntry(ZipFile zip, Path file) throws IOException {
        List<ZipEntry> texts = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory() && name.endsWith(".txt") && !name.endsWith("_about.txt")) {
                texts.add(entry);
            }
        }
        if (texts.size() != 1) {
            throw new IOException("expected one tab-separated .txt file besides _about.txt in the archive, found "
                    + texts.stream().map(ZipEntry::getName).toList());
        }
        return texts.get(0);
    }

    private static void closeQuietly(LineReader reader, RuntimeException failure) {
        try {
            reader.close();
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    private static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e.getMessage(), e);
    }

    /** Reads two files in step, checking that they end together and that no pair is half empty. */
    private static final class AlignedPairs extends Spliterators.AbstractSpliterator<SentencePair> {
        private final LineReader sources;
        private final LineReader targets;

        AlignedPairs(LineReader sources, LineReader targets) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.sources = sources;
            this.targets = targets;
        }

        @Override
        public boolean tryAdvance(Consumer<? super SentencePair> action) {
            try {
                while (true) {
                    String source = sources.readLine();
                    String target = targets.readLine();
                    if (source == null && target == null) {
                        return false;
                    }
                    if (source == null || target == null) {
                        LineReader ended = source == null ? sources : targets;
                        LineReader goesOn = source == null ? targets : sources;
                        throw goesOn.error("the files are not aligned: " + ended.source() + " ends after line "
                                + ended.lineNumber() + " but this file goes on");
                    }
                    source = source.strip();
                    target = target.strip();
                    if (source.isEmpty() != target.isEmpty()) {
                        LineReader empty = source.isEmpty() ? sources : targets;
                        throw empty.error("empty sentence, but its translation in "
                                + (source.isEmpty() ? targets : sources).source() + " is not");
                    }
                    if (!source.isEmpty()) {
                        action.accept(new SentencePair(source, target));
                        return true;
                    }
                }
            } catch (IOException e) {
                throw unchecked(e);
            }
        }
    }

    /** Parses {@code first<TAB>second[<TAB>…]} lines; blank lines are skipped. */
    private static final class TabSeparatedPairs extends Spliterators.AbstractSpliterator<SentencePair> {
        final LineReader lines;

        TabSeparatedPairs(LineReader lines) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.lines = lines;
        }

        @Override
        public boolean tryAdvance(Consumer<? super SentencePair> action) {
            try {
                String line;
                do {
                    line = lines.readLine();
                    if (line == null) {
                        return false;
                    }
                } while (line.isBlank());
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw lines.error("no tab between the sentence and its translation");
                }
                int end = line.indexOf('\t', tab + 1);
                String first = line.substring(0, tab).strip();
                String second = line.substring(tab + 1, end < 0 ? line.length() : end).strip();
                if (first.isEmpty() || second.isEmpty()) {
                    throw lines.error("the " + (first.isEmpty() ? "first" : "second") + " column is empty");
                }
                action.accept(new SentencePair(first, second));
                return true;
            } catch (IOException e) {
                throw unchecked(e);
            }
        }
    }
}
