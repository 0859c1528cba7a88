package io.textkit.corpora.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Downloader} against a loopback server: fresh, resumed, restarted, corrupted and skipped downloads. */
class DownloaderTest {
    private static final byte[] CONTENT = new byte[300_000];

    static {
        new Random(7).nextBytes(CONTENT);
    }

    @TempDir
    Path home;

    private static DatasetFile entry(String url, byte[] content) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        return new DatasetFile(url, "sets/data.bin", content.length, sha);
    }

    private Path target() {
        return home.resolve("sets/data.bin");
    }

    private Path part() {
        return home.resolve("sets/data.bin.part");
    }

    @Test
    void aFreshDownloadIsVerifiedAndMovedIntoPlace() throws Exception {
        try (FileServer server = new FileServer(CONTENT, true)) {
            Downloader.Outcome outcome = new Downloader(home, false).fetch(entry(server.url(), CONTENT), false);
            assertEquals(Downloader.Outcome.DOWNLOADED, outcome);
            assertArrayEquals(CONTENT, Files.readAllBytes(target()));
            assertFalse(Files.exists(part()));
        }
    }

    @Test
    void aTruncatedPartResumesWithARangeRequest() throws Exception {
        Files.createDirectories(part().getParent());
        Files.write(part(), Arrays.copyOf(CONTENT, 123_456));
        try (FileServer server = new FileServer(CONTENT, true)) {
            Downloader.Outcome outcome = new Downloader(home, false).fetch(entry(server.url(), CONTENT), false);
            assertEquals(Downloader.Outcome.RESUMED, outcome);
            assertEquals(1, server.rangeRequests.get());
            assertArrayEquals(CONTENT, Files.readAllBytes(target()));
        }
    }

    @Test
    void aServerThatIgnoresRangeMakesTheDownloadStartOver() throws Exception {
        Files.createDirectories(part().getParent());
        // Wrong bytes in the .part: had they been kept, the hash would not match.
        Files.write(part(), new byte[50_000]);
        try (FileServer server = new FileServer(CONTENT, false)) {
            Downloader.Outcome outcome = new Downloader(home, false).fetch(entry(server.url(), CONTENT), false);
            assertEquals(Downloader.Outcome.DOWNLOADED, outcome);
            assertEquals(1, server.rangeRequests.get());
            assertArrayEquals(CONTENT, Files.readAllBytes(target()));
        }
    }

    @Test
    void aCorruptedBodyIsRefusedNamingTheFileAndBothHashes() throws Exception {
        byte[] corrupted = CONTENT.clone();
        corrupted[1000] ^= 1;
        DatasetFile file = entry("http://unused", CONTENT);
        try (FileServer server = new FileServer(corrupted, true)) {
            DatasetFile served = new DatasetFile(server.url(), file.path(), file.size(), file.sha256());
            ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
                    () -> new Downloader(home, false).fetch(served, false));
            String actual = entry("http://unused", corrupted).sha256();
            assertTrue(e.getMessage().contains("sets/data.bin"), e.getMessage());
            assertTrue(e.getMessage().contains(file.sha256()), e.getMessage());
            assertTrue(e.getMessage().contains(actual), e.getMessage());
            assertFalse(Files.exists(target()));
            assertFalse(Files.exists(part()));
        }
    }

    @Test
    void aPresentFileWithTheRightHashIsNotDownloadedAgain() throws Exception {
        Files.createDirectories(target().getParent());
        Files.write(target(), CONTENT);
        // Nothing listens on this address: any request would fail.
        DatasetFile file = entry("http://127.0.0.1:1/file", CONTENT);
        assertEquals(Downloader.Outcome.ALREADY_PRESENT, new Downloader(home, false).fetch(file, false));
    }

    @Test
    void aPresentFileWithTheWrongHashIsRefusedUnlessForced() throws Exception {
        Files.createDirectories(target().getParent());
        Files.write(target(), new byte[10]);
        try (FileServer server = new FileServer(CONTENT, true)) {
            DatasetFile file = entry(server.url(), CONTENT);
            IOException e = assertThrows(ChecksumMismatchException.class,
                    () -> new Downloader(home, false).fetch(file, false));
            assertTrue(e.getMessage().contains("--force"), e.getMessage());
            assertEquals(10, Files.size(target()));
            assertEquals(Downloader.Outcome.DOWNLOADED, new Downloader(home, false).fetch(file, true));
            assertArrayEquals(CONTENT, Files.readAllBytes(target()));
        }
    }

    @Test
    void pathsThatLeaveTheDataHomeAreRejected() {
        String sha = "0".repeat(64);
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("https://x/y", "../y", 1, sha));
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("https://x/y", "/etc/y", 1, sha));
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("file:///etc/y", "y", 1, sha));
    }
}
