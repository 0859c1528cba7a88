package io.textkit.app;

import io.textkit.corpora.DocumentCorpus;
import io.textkit.corpora.Header;
import io.textkit.corpora.LabelledCorpus;
import io.textkit.corpora.LabelledDocument;
import io.textkit.corpora.LabelledExample;
import io.textkit.corpora.LabelledFormat;
import io.textkit.corpora.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How labelled data is laid out, shared by the classify commands: a line format, or {@code folders}
 * for folder-per-class documents in a folder or a tar archive.
 */
final class DataOptions {
    /** The value of {@code --format} for folder-per-class documents. */
    static final String FOLDERS = "folders";

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "fasttext, label-tab-text, text-tab-label, label-space-text, or folders (ROOT/LABEL/FILE,"
                    + " a folder or a tar/tar.gz archive).")
    Format format;

    @Option(names = "--root", paramLabel = "FOLDER",
            description = "With --format folders and an archive: the folder inside it that holds the label folders.")
    String root = "";

    @Option(names = "--replace-malformed-utf8",
            description = "Read bytes that are not UTF-8 as U+FFFD instead of stopping at the first (line formats).")
    boolean replaceMalformed;

    /**
     * Every example in {@code path}, stopping at the next example when {@code stop} is requested.
     *
     * @throws IllegalArgumentException if the data holds no examples
     * @throws BadOptionException if a line format's label column looks wrong: more distinct labels
     *                            than half the lines, from ten lines up, as when a text column is
     *                            read as the labels
     */
    List<LabelledExample> read(Path path, Interruption stop) {
        stop.enter(Interruption.Phase.READING);
        List<LabelledExample> examples;
        if (format.lines() == null) {
            try (Stream<LabelledDocument> documents = (Files.isDirectory(path) ? DocumentCorpus.of(path)
                    : DocumentCorpus.ofArchive(path, root)).stream()) {
                examples = documents.peek(d -> stop.check()).map(LabelledDocument::example).toList();
            }
        } else {
            ReadOptions options = replaceMalformed ? ReadOptions.STRICT.replacingMalformedUtf8() : ReadOptions.STRICT;
            try (Stream<LabelledExample> stream = LabelledCorpus.of(List.of(path), format.lines(), Header.DETECT,
                    options).stream()) {
                examples = stream.peek(e -> stop.check()).toList();
            }
            checkLabelColumn(path, examples);
        }
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples in " + path);
        }
        return examples;
    }

    private void checkLabelColumn(Path path, List<LabelledExample> examples) {
        long labels = examples.stream().flatMap(e -> e.labels().stream()).distinct().count();
        if (examples.size() >= 10 && labels > examples.size() / 2) {
            throw new BadOptionException(String.format(Locale.ROOT, "--format %s: %,d distinct labels in %,d"
                    + " examples of %s; the label column looks wrong. Check --format: %s, %s", format.name(), labels,
                    examples.size(), path, LabelledFormatConverter.NAMES, FOLDERS));
        }
    }

    /** A line format, or {@code null} for folder-per-class documents. */
    record Format(LabelledFormat lines) {
        /** The format as {@code --format} names it. */
        String name() {
            return lines == null ? FOLDERS : lines.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Reads {@code --format}: {@value #FOLDERS} or a line format as {@link LabelledFormatConverter} reads it. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            if (value.equals(FOLDERS)) {
                return new Format(null);
            }
            try {
                return new Format(new LabelledFormatConverter().convert(value));
            } catch (TypeConversionException e) {
                throw new TypeConversionException(e.getMessage() + ", " + FOLDERS);
            }
        }
    }
}
