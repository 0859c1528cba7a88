package io.textkit.corpora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Sentence pairs for translation, from two line-aligned files or from one tab-separated file.
 * Sides are returned without surrounding whitespace.
 */
public final class ParallelCorpus {
    private ParallelCorpus() {
    }

    /**
     * Pairs line {@code n} of {@code source} with line {@code n} of {@code target}, as in Multi30k
     * and Europarl releases. Files that end at different lines stop reading with an error naming
     * both, since every pair after a missing line would be wrong. A pair with a blank side is
     * skipped (sentence aligners leave those where they found nothing to align), but still counts
     * for the alignment.
     */
    public static Corpus<SentencePair> aligned(Path source, Path target) {
        return aligned(source, target, ReadOptions.STRICT);
    }

    /** As {@link #aligned(Path, Path)}, decoding as {@code options} say. */
    public static Corpus<SentencePair> aligned(Path source, Path target, ReadOptions options) {
        return () -> {
            LineReader sources = open(source, options);
            LineReader targets;
            try {
                targets = open(target, options);
            } catch (RuntimeException e) {
                ParsedCorpus.close(sources);
                throw e;
            }
            return StreamSupport.stream(new AlignedPairs(sources, targets), false)
                    .onClose(() -> closeBoth(sources, targets));
        };
    }

    /**
     * Pairs from {@code source<TAB>target} lines, as in the Tatoeba exports of manythings.org.
     * Columns after the second (newer exports add an attribution) are ignored. Blank lines are
     * skipped; a line without a tab or with an empty side is malformed.
     */
    public static Corpus<SentencePair> tabSeparated(Path file) {
        return tabSeparated(file, ReadOptions.STRICT);
    }

    /** As {@link #tabSeparated(Path)}, with malformed lines and UTF-8 handled as {@code options} say. */
    public static Corpus<SentencePair> tabSeparated(Path file, ReadOptions options) {
        return ParsedCorpus.of(List.of(file), options, () -> ParallelCorpus::parseTabSeparated);
    }

    private static SentencePair parseTabSeparated(String line, LineReader at) throws TextFormatException {
        if (line.isBlank()) {
            return null;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw at.error("no tab between source and target");
        }
        int end = line.indexOf('\t', tab + 1);
        String source = line.substring(0, tab).strip();
        String target = line.substring(tab + 1, end < 0 ? line.length() : end).strip();
        if (source.isEmpty() || target.isEmpty()) {
            throw at.error("empty " + (source.isEmpty() ? "source" : "target") + " sentence");
        }
        return new SentencePair(source, target);
    }

    private static LineReader open(Path file, ReadOptions options) {
        try {
            return TextFiles.openLines(file, options.utf8());
        } catch (IOException e) {
            throw ParsedCorpus.unchecked(e);
        }
    }

    private static void closeBoth(LineReader sources, LineReader targets) {
        try {
            ParsedCorpus.close(sources);
        } finally {
            ParsedCorpus.close(targets);
        }
    }

    /** Reads the two files in step, checking that they end together. */
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
                    if (source == null || target == null) {
                        if (source != null) {
                            throw unequalLengths(targets, sources);
                        }
                        if (target != null) {
                            throw unequalLengths(sources, targets);
                        }
                        return false;
                    }
                    if (!source.isBlank() && !target.isBlank()) {
                        action.accept(new SentencePair(source.strip(), target.strip()));
                        return true;
                    }
                }
            } catch (IOException e) {
                throw ParsedCorpus.unchecked(e);
            }
        }

        /** {@code shorter} has just ended; {@code longer} has just returned its next line. */
        private static TextFormatException unequalLengths(LineReader shorter, LineReader longer) {
            return new TextFormatException(longer.source(), longer.lineNumber(),
                    "files are not aligned: " + shorter.source() + " ends after line "
                            + shorter.lineNumber() + ", but " + longer.source() + " goes on");
        }
    }
}
