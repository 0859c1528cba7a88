package io.textkit.corpora.download;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Extracts a downloaded archive into the folder its manifest entry names under {@code unpack}, all
 * or nothing: the entries go into a hidden folder beside the target, which is renamed into place
 * only once every entry is out, so the target never holds half an archive. An entry that would land
 * outside the folder (an absolute path, a {@code ..} step) or that is a link or a device refuses the
 * whole archive. The folder keeps a marker with the archive's SHA-256, so unpacking the same archive
 * again does nothing.
 *
 * <p>Call it after {@link Downloader#fetch} has verified the archive; it does not hash it again.
 */
public final class Unpacker {
    /** What {@link #unpack} did. */
    public enum Outcome { UNPACKED, ALREADY_UNPACKED }

    /** The file in an unpacked folder that records which archive it came from. */
    public static final String MARKER = ".textkit-unpacked";

    private static final int BUFFER = 1 << 16;

    private final Path home;

    /** An unpacker for archives under the data home {@code home}. */
    public Unpacker(Path home) {
        this.home = home;
    }

    /**
     * Makes {@code file}'s unpack folder hold exactly the archive's content. A folder unpacked from
     * this archive before is kept; any other folder of that name is refused unless {@code force},
     * which replaces it.
     *
     * @throws UnsafeArchiveException if an entry escapes the folder or is a link or a device; nothing
     *                                is unpacked then
     */
    public Outcome unpack(DatasetFile file, boolean force) throws IOException {
        Path into = file.unpackTarget(home).toAbsolutePath();
        if (Files.exists(into)) {
            if (unpackedFrom(into, file.sha256())) {
                return Outcome.ALREADY_UNPACKED;
            }
            if (!force) {
                throw new IOException(into + " exists but was not unpacked from " + file.path()
                        + " as it is now; use --force to replace it");
            }
        }
        Files.createDirectories(into.getParent());
        Path staging = hiddenSibling(into, "unpacking");
        Files.createDirectory(staging);
        try {
            extract(file.target(home), ArchiveFormat.of(file.path()), staging);
            Files.writeString(staging.resolve(MARKER), file.sha256() + "\n", StandardCharsets.US_ASCII);
            moveIntoPlace(staging, into);
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(staging);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return Outcome.UNPACKED;
    }

    private static boolean unpackedFrom(Path folder, String sha256) throws IOException {
        Path marker = folder.resolve(MARKER);
        return Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.US_ASCII).strip().equals(sha256);
    }

    /** A fresh hidden name beside {@code target}, on the same file system so that renames are atomic. */
    private static Path hiddenSibling(Path target, String purpose) {
        return target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + "." + purpose);
    }

    /** Renames {@code staging} to {@code into}; a folder already there is moved aside first, then deleted. */
    private static void moveIntoPlace(Path staging, Path into) throws IOException {
        if (!Files.exists(into)) {
            Files.move(staging, into, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = hiddenSibling(into, "replaced");
        Files.move(into, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, into, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /**
     * Extracts every entry, refusing unsafe ones; the archive library's own errors ("invalid
     * distance too far back", "Corrupted TAR archive") are reworded to name the archive.
     */
    private static void extract(Path archive, ArchiveFormat format, Path staging) throws IOException {
        try {
            extractEntries(archive, format, staging);
        } catch (UnsafeArchiveException e) {
            throw e;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(archive.toString())) {
                throw e;
            }
            throw new IOException(archive + " is not a readable " + format.description() + " archive ("
                    + e.getMessage() + "); nothing was unpacked", e);
        }
    }

    private static void extractEntries(Path archive, ArchiveFormat format, Path staging) throws IOException {
        if (format == ArchiveFormat.ZIP) {
            extractZip(archive, staging);
            return;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), BUFFER)) {
            extractTar(archive, format == ArchiveFormat.TAR_GZIP ? new GZIPInputStream(raw, BUFFER) : raw, staging);
        }
    }

    private static void extractTar(Path archive, InputStream bytes, Path staging) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(bytes)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isSymbolicLink() || entry.isLink()) {
                    throw unsafe(archive, entry.getName(), "is a link to " + entry.getLinkName());
                }
                if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
                    throw unsafe(archive, entry.getName(), "is a device or a pipe");
                }
                write(archive, entry.getName(), entry.isDirectory(), tar, staging);
            }
        }
    }

    private static void extractZip(Path archive, Path staging) throws IOException {
        // ZipFile rather than a streaming reader: only the central directory tells symbolic links apart.
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (entry.isUnixSymlink()) {
                    throw unsafe(archive, entry.getName(), "is a symbolic link");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    write(archive, entry.getName(), entry.isDirectory(), in, staging);
                }
            }
        }
    }

    private static void write(Path archive, String name, boolean directory, InputStream content, Path staging)
            throws IOException {
        Path target = inside(archive, name, staging);
        if (directory) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.copy(content, target);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(archive + ": entry '" + name + "' appears twice; nothing was unpacked", e);
        }
    }

    /** Where entry {@code name} goes under {@code staging}; refuses names that would land elsewhere. */
    private static Path inside(Path archive, String name, Path staging) throws IOException {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.matches("[A-Za-z]:.*")) {
            throw unsafe(archive, name, "has an absolute path");
        }
        for (String step : name.split("[/\\\\]")) {
            if (step.equals("..")) {
                throw unsafe(archive, name, "climbs out of the folder with '..'");
            }
        }
        Path target;
        try {
            target = staging.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new IOException(archive + ": entry '" + name.replace("\0", "\\0") + "' is not a valid file name "
                    + "here (" + e.getReason() + "); nothing was unpacked", e);
        }
        if (!target.startsWith(staging)) {
            throw unsafe(archive, name, "lands outside the folder");
        }
        return target;
    }

    private static UnsafeArchiveException unsafe(Path archive, String entry, String why) {
        return new UnsafeArchiveException(archive + ": refusing entry '" + entry + "', which " + why
                + "; nothing was unpacked");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
