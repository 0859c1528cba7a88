package io.textkit.corpora;

import java.nio.file.Path;
import java.util.List;

/**
 * One sentence or document per line, the input of word2vec and language models. Blank lines
 * (empty or only whitespace) are skipped: they carry no text, and some corpora use them to separate
 * paragraphs. Other lines are returned exactly as read, without their line terminator.
 */
public final class LineCorpus {
    private LineCorpus() {
    }

    /** The non-blank lines of {@code files}, one file after another, strictly decoded. */
    public static Corpus<String> of(Path... files) {
        return of(List.of(files), ReadOptions.STRICT);
    }

    /** The non-blank lines of {@code files}, one file after another. */
    public static Corpus<String> of(List<Path> files, ReadOptions options) {
        return ParsedCorpus.of(files, options, () -> LineCorpus::nonBlank);
    }

    private static String nonBlank(String line, LineReader at) {
        return line.isBlank() ? null : line;
    }
}
