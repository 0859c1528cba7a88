package io.textkit.corpora.download;

import io.textkit.core.train.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * Downloads manifest files into the data home and keeps only verified bytes. A file streams into
 * {@code NAME.part} beside its target while its SHA-256 is computed; an interrupted download resumes
 * from the {@code .part} with a Range request, and starts over when the server ignores the range. Only
 * a download whose size and SHA-256 match the manifest is renamed into place, atomically, so the
 * target path never holds partial or wrong content.
 */
public final class Downloader {
    /** What {@link #fetch} did. */
    public enum Outcome { DOWNLOADED, RESUMED, ALREADY_PRESENT }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final Path home;
    private final boolean showProgress;

    /** A downloader into {@code home}, with a progress line on standard error when {@code showProgress}. */
    public Downloader(Path home, boolean showProgress) {
        this(HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                // NORMAL follows redirects but never from https down to http.
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build(), home, showProgress);
    }

    /** A downloader using {@code client}, which should follow redirects. */
    public Downloader(HttpClient client, Path home, boolean showProgress) {
        this.client = client;
        this.home = home;
        this.showProgress = showProgress;
    }

    /** The data home this downloader writes into. */
    public Path home() {
        return home;
    }

    /**
     * Makes {@code file} present and verified under the data home. A present file with the right
     * size and SHA-256 is kept as is, whatever {@code force} says; one with other content is refused
     * unless {@code force}, which downloads it again.
     *
     * @throws ChecksumMismatchException if the download or the present file is not the manifest's
     *                                   content; a failed download leaves no {@code .part} behind
     */
    public Outcome fetch(DatasetFile file, boolean force) throws IOException, InterruptedException {
        Path target = file.target(home);
        if (Files.exists(target)) {
            String actual = Sha256.of(target);
            if (actual.equals(file.sha256()) && Files.size(target) == file.size()) {
                return Outcome.ALREADY_PRESENT;
            }
            if (!force) {
                throw new ChecksumMismatchException(target + " is present but its SHA-256 is " + actual
                        + ", expected " + file.sha256() + "; use --force to download it again");
            }
        }
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        long have = Files.exists(part) ? Files.size(part) : 0;
        if (have >= file.size()) {
            // A complete or overlong .part that was not moved into place failed or was never verified.
            Files.deleteIfExists(part);
            have = 0;
        }
        MessageDigest digest = Sha256.digest();
        boolean resumed = transfer(file, part, have, digest);
        verify(file, part, digest);
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return resumed ? Outcome.RESUMED : Outcome.DOWNLOADED;
    }

    /** Fills {@code part} with the whole file; true when it continued {@code have} bytes already there. */
    private boolean transfer(DatasetFile file, Path part, long have, MessageDigest digest)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(file.url())).timeout(RESPONSE_TIMEOUT).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            boolean resume = have > 0 && status == 206 && rangeStartsAt(response, have);
            if (!resume && status != 200) {
                throw new IOException("HTTP " + status + " from " + file.url());
            }
            if (resume) {
                Sha256.update(digest, part);
            }
            StandardOpenOption mode = resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
                    Progress progress = progress(file)) {
                long done = resume ? have : 0;
                progress.advance(done);
                copy(body, channel, digest, progress, file.size() - done);
                channel.force(true);
            }
            return resume;
        }
    }

    /** A 206 for another range than the one asked for cannot be appended; it is treated as an error. */
    private static boolean rangeStartsAt(HttpResponse<?> response, long offset) throws IOException {
        String range = response.headers().firstValue("Content-Range").orElse("");
        if (!range.startsWith("bytes " + offset + "-")) {
            throw new IOException("server answered the range request from " + offset + " with '" + range + "'");
        }
        return true;
    }

    /**
     * Copies the body, stopping one byte past {@code remaining}: a longer body fails verification
     * without filling the disk.
     */
    private static void copy(InputStream body, FileChannel channel, MessageDigest digest, Progress progress,
            long remaining) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = remaining + 1;
        for (int n = body.read(buffer); n >= 0 && left > 0; n = body.read(buffer)) {
            int keep = (int) Math.min(n, left);
            digest.update(buffer, 0, keep);
            ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, keep);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            progress.advance(keep);
            left -= keep;
        }
    }

    private static void verify(DatasetFile file, Path part, MessageDigest digest) throws IOException {
        long size = Files.size(part);
        String actual = Sha256.hex(digest);
        if (size != file.size() || !actual.equals(file.sha256())) {
            Files.deleteIfExists(part);
            throw new ChecksumMismatchException(file.path() + " from " + file.url() + " failed verification: expected "
                    + file.size() + " bytes with SHA-256 " + file.sha256() + ", got " + size + " bytes with SHA-256 "
                    + actual + "; nothing was kept");
        }
    }

    private Progress progress(DatasetFile file) {
        if (showProgress && file.size() > 0) {
            return Progress.start(file.path(), file.size(), "bytes");
        }
        return Progress.start(file.path(), file.size(), "bytes", new PrintStream(OutputStream.nullOutputStream()),
                false, 1e9, System::nanoTime);
    }
}
