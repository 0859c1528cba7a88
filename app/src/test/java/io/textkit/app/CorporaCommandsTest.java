package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textkit corpora list|get} against a loopback server, through a test manifest and data home. */
class CorporaCommandsTest {
    private static final byte[] CONTENT = "positive\tthe best film of the year\n".repeat(500).getBytes(StandardCharsets.UTF_8);
    private static final byte[] ARCHIVE = tarGz("docs/pos/a.txt", CONTENT);

    @TempDir
    Path dir;
    private HttpServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void serveAndPointAtTestManifest() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tiny.tsv", exchange -> {
            exchange.sendResponseHeaders(200, CONTENT.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(CONTENT);
            }
        });
        server.createContext("/tiny.tar.gz", exchange -> {
            exchange.sendResponseHeaders(200, ARCHIVE.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(ARCHIVE);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, """
                {"datasets": [{"name": "tiny", "description": "a tiny test set", "licence": "CC0",
                  "files": [{"url": "%s/tiny.tsv", "path": "tiny/tiny.tsv", "size": %d, "sha256": "%s"}]},
                 {"name": "docs", "description": "a tiny archive", "licence": "CC0",
                  "files": [{"url": "%s/tiny.tar.gz", "path": "docs/docs.tar.gz", "size": %d, "sha256": "%s",
                             "unpack": "docs/docs"}]}]}
                """.formatted(base, CONTENT.length, sha256(CONTENT), base, ARCHIVE.length, sha256(ARCHIVE)));
        System.setProperty("textkit.manifest", manifest.toString());
        System.setProperty("textkit.data.home", dir.resolve("home").toString());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] tarGz(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @AfterEach
    void stop() {
        System.clearProperty("textkit.manifest");
        System.clearProperty("textkit.data.home");
        server.stop(0);
    }

    @Test
    void listShowsAbsentThenGetDownloadsThenListShowsPresent() throws Exception {
        assertEquals(0, run("corpora", "list"));
        assertTrue(out.toString().contains("tiny") && out.toString().contains("absent") && out.toString().contains("CC0"),
                out.toString());

        assertEquals(0, run("corpora", "get", "tiny"));
        Path file = dir.resolve("home/tiny/tiny.tsv");
        assertArrayEquals(CONTENT, Files.readAllBytes(file));
        assertTrue(out.toString().contains(file + "  downloaded, verified"), out.toString());

        assertEquals(0, run("corpora", "get", "tiny"));
        assertTrue(out.toString().contains("already present"), out.toString());
        assertEquals(0, run("corpora", "list"));
        assertTrue(out.toString().contains("present  CC0"), out.toString());
    }

    @Test
    void getUnpacksADeclaredArchiveOnce() throws Exception {
        assertEquals(0, run("corpora", "get", "docs"));
        Path folder = dir.resolve("home/docs/docs");
        assertArrayEquals(CONTENT, Files.readAllBytes(folder.resolve("docs/pos/a.txt")));
        assertTrue(out.toString().contains(folder + "  unpacked"), out.toString());

        assertEquals(0, run("corpora", "get", "docs"));
        assertTrue(out.toString().contains(folder + "  already unpacked"), out.toString());
    }

    @Test
    void anUnknownNameFailsWithOneLineListingTheValidNames() {
        assertEquals(1, run("corpora", "get", "tiny", "nosuch"));
        assertEquals("textkit: unknown dataset 'nosuch'; valid names: tiny, docs", err.toString().strip());
        assertTrue(Files.notExists(dir.resolve("home/tiny/tiny.tsv")), "nothing is downloaded when a name is wrong");
    }
}
