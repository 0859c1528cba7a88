package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textkit corpora list|get} against a loopback server, through a test manifest and data home. */
class CorporaCommandsTest {
    private static final byte[] CONTENT = "positive\tthe best film of the year\n".repeat(500).getBytes(StandardCharsets.UTF_8);

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
        server.start();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CONTENT));
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/tiny.tsv";
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, """
                {"datasets": [{"name": "tiny", "description": "a tiny test set", "licence": "CC0",
                  "files": [{"url": "%s", "path": "tiny/tiny.tsv", "size": %d, "sha256": "%s"}]}]}
                """.formatted(url, CONTENT.length, sha));
        System.setProperty("textkit.manifest", manifest.toString());
        System.setProperty("textkit.data.home", dir.resolve("home").toString());
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
    void anUnknownNameFailsWithOneLineListingTheValidNames() {
        assertEquals(1, run("corpora", "get", "tiny", "nosuch"));
        assertEquals("textkit: unknown dataset 'nosuch'; valid names: tiny", err.toString().strip());
        assertTrue(Files.notExists(dir.resolve("home/tiny/tiny.tsv")), "nothing is downloaded when a name is wrong");
    }
}
