package io.textkit.corpora;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Folder-per-class documents, {@code ROOT/LABEL/FILE}: one {@link LabelledDocument} per file, its
 * label the name of the folder below the root that holds it (files may sit deeper inside that
 * folder), its text the whole file, strictly decoded UTF-8 (an error names the file, line and
 * column). Read from a folder or straight from a tar archive (plain, gzip or bzip2), one document in
 * memory at a time. Files directly in the root, and hidden files and folders (named {@code .…}), are
 * not documents and are passed over.
 *
 * <p>Order: a folder is read in sorted path order; an archive in its own order, which is stable and,
 * for an archive that tar made from a folder, usually sorted too.
 *
 * <pre>{@code
 * Corpus<LabelledDocument> reviews = DocumentCorpus.ofArchive(Path.of("review_polarity.tar.gz"), "txt_sentoken");
 * }</pre>
 */
public final class DocumentCorpus {
    private DocumentCorpus() {
    }

    /** The documents in {@code root}'s label folders, in sorted path order. */
    public static Corpus<LabelledDocument> of(Path root) {
        return () -> {
            List<Path> files;
            try {
                files = documentsIn(root);
            } catch (IOException e) {
                throw ParsedCorpus.unchecked(e);
            }
            return files.stream().map(file -> read(root, file));
        };
    }

    /**
     * The documents in a tar archive below the folder {@code root} inside it ({@code ""} for the
     * archive's top), in the archive's order.
     *
     * @param root a {@code /}-separated folder inside the archive, such as {@code txt_sentoken}
     */
    public static Corpus<LabelledDocument> ofArchive(Path archive, String root) {
        String prefix = root.isEmpty() || root.endsWith("/") ? root : root + "/";
        return () -> {
            ArchivePass pass = new ArchivePass(archive, prefix);
            return StreamSupport.stream(pass, false).onClose(pass::close);
        };
    }

    private static List<Path> documentsIn(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> documentPath(root.relativize(file).toString().replace('\\', '/')) != null)
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no documents in " + root + ": expected ROOT/LABEL/FILE");
        }
        return files;
    }

    private static LabelledDocument read(Path root, Path file) {
        try {
            String path = root.relativize(file).toString().replace('\\', '/');
            return document(path, Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw ParsedCorpus.unchecked(e);
        }
    }

    /**
     * {@code path} when it names a document below a root ({@code LABEL/…/FILE}, nothing hidden), else
     * null.
     */
    private static String documentPath(String path) {
        String[] steps = path.split("/");
        if (steps.length < 2) {
            return null;
        }
        for (String step : steps) {
            if (step.isEmpty() || step.startsWith(".")) {
                return null;
            }
        }
        return path;
    }

    private static LabelledDocument document(String path, byte[] bytes, String source) throws IOException {
        StringWriter text = new StringWriter(bytes.length);
        try (Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes), source, MalformedInput.REPORT)) {
            reader.transferTo(text);
        }
        String stripped = text.toString().strip();
        if (stripped.isEmpty()) {
            throw new TextFormatException(source, 0, "is an empty document");
        }
        return new LabelledDocument(path, path.substring(0, path.indexOf('/')), stripped);
    }

    /** One pass over an archive: the open tar stream, read up to the next document. */
    private static final class ArchivePass extends Spliterators.AbstractSpliterator<LabelledDocument> {
        private final Path archive;
        private final String prefix;
        private TarArchiveInputStream tar;
        private boolean found;

        ArchivePass(Path archive, String prefix) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.archive = archive;
            this.prefix = prefix;
        }

        @Override
        public boolean tryAdvance(Consumer<? super LabelledDocument> action) {
            try {
                if (tar == null) {
                    tar = new TarArchiveInputStream(open(archive));
                }
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                    String path = name.startsWith(prefix) ? documentPath(name.substring(prefix.length())) : null;
                    if (path == null || entry.isDirectory()) {
                        continue;
                    }
                    if (entry.isSymbolicLink() || entry.isLink() || entry.isCharacterDevice() || entry.isBlockDevice()
                            || entry.isFIFO()) {
                        throw new IOException(archive + "!" + name + " is a link or device, not a document");
                    }
                    found = true;
                    action.accept(document(path, tar.readAllBytes(), archive + "!" + name));
                    return true;
                }
                if (!found) {
                    throw new IOException("no documents below '" + prefix + "' in " + archive
                            + ": expected " + prefix + "LABEL/FILE");
                }
                return false;
            } catch (IOException e) {
                throw ParsedCorpus.unchecked(namingArchive(e));
            }
        }

        /** {@code e}, or for an error of the tar or decompression library that does not name the archive, one that does. */
        private IOException namingArchive(IOException e) {
            if (e instanceof TextFormatException || (e.getMessage() != null && e.getMessage().contains(archive.toString()))) {
                return e;
            }
            return new IOException(archive + " is not a readable tar archive (" + e.getMessage() + ")", e);
        }

        private static InputStream open(Path archive) throws IOException {
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
            try {
                if (Compression.sniff(in) == Compression.ZIP) {
                    throw new TextFormatException(archive.toString(), 0,
                            "is a zip archive; documents are read from tar archives (plain, gzip or bzip2) or folders");
                }
                return Compression.decompress(in, archive.toString());
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        void close() {
            if (tar != null) {
                try {
                    tar.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
