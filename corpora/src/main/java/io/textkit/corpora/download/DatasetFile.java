package io.textkit.corpora.download;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One file of a {@link Dataset}: where it is published, where it goes under the data home, and the
 * size and SHA-256 that a download must match before it is kept.
 *
 * @param url    the canonical address, http or https
 * @param path   the file's place relative to the data home, with {@code /} separators
 * @param size   the exact length in bytes
 * @param sha256 the lowercase hex SHA-256 of the content
 * @param unpack for an archive ({@code .zip}, {@code .tar}, {@code .tar.gz}, {@code .tgz}), the
 *               folder relative to the data home that its content is extracted into once verified
 *               (see {@link Unpacker}); {@code null} for a file used as it is
 */
public record DatasetFile(String url, String path, long size, String sha256, String unpack) {
    /** Rejects entries that could write outside the data home, could never verify or cannot be unpacked. */
    public DatasetFile {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not an http(s) address: " + url);
        }
        requirePlainRelative(path);
        if (unpack != null) {
            requirePlainRelative(unpack);
            ArchiveFormat.of(path);
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size for " + path);
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex for " + path + ": " + sha256);
        }
    }

    /** A file that is used as it is, not unpacked. */
    public DatasetFile(String url, String path, long size, String sha256) {
        this(url, path, size, sha256, null);
    }

    private static void requirePlainRelative(String path) {
        Path relative = Path.of(path);
        if (path.isEmpty() || relative.isAbsolute() || !relative.normalize().equals(relative)
                || relative.startsWith("..")) {
            throw new IllegalArgumentException("not a plain relative path: " + path);
        }
    }

    /** Where this file lives under {@code home}. */
    public Path target(Path home) {
        return home.resolve(path);
    }

    /** Where this archive's content goes under {@code home}; only for a file that declares {@code unpack}. */
    public Path unpackTarget(Path home) {
        if (unpack == null) {
            throw new IllegalStateException(path + " is not an archive to unpack");
        }
        return home.resolve(unpack);
    }
}
