package io.textkit.corpora.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Unpacker} on small archives made here: good ones unpack once and atomically, hostile ones not at all. */
class UnpackerTest {
    @TempDir
    Path home;

    /** One archive entry: a folder when {@code content} is null, a symbolic link when {@code link} is set. */
    private record Entry(String name, String content, String link) {
        static Entry file(String name, String content) {
            return new Entry(name, content, null);
        }

        static Entry folder(String name) {
            return new Entry(name, null, null);
        }

        static Entry symlink(String name, String target) {
            return new Entry(name, null, target);
        }
    }

    private static byte[] tarGz(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            for (Entry e : entries) {
                TarArchiveEntry entry;
                if (e.link() != null) {
                    entry = new TarArchiveEntry(e.name(), TarArchiveEntry.LF_SYMLINK);
                    entry.setLinkName(e.link());
                } else {
                    // preserveAbsolutePath: the hostile names must reach the archive as written.
                    entry = new TarArchiveEntry(e.name(), true);
                }
                byte[] content = e.content() == null ? new byte[0] : e.content().getBytes(StandardCharsets.UTF_8);
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Entry e : entries) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.name());
                String content = e.content();
                if (e.link() != null) {
                    entry.setUnixMode(UnixStat.LINK_FLAG | 0777);
                    content = e.link();
                }
                zip.putArchiveEntry(entry);
                if (content != null) {
                    zip.write(content.getBytes(StandardCharsets.UTF_8));
                }
                zip.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Puts {@code archive} at {@code sets/NAME} in the data home, as a download would, and describes it. */
    private DatasetFile placed(String name, byte[] archive) throws Exception {
        Path file = home.resolve("sets").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, archive);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive));
        return new DatasetFile("https://example.org/" + name, "sets/" + name, archive.length, sha, "sets/unpacked");
    }

    private Path target() {
        return home.resolve("sets/unpacked");
    }

    /** Everything under the data home's {@code sets} folder except the archive itself, as sorted relative paths. */
    private List<String> setsFolder() throws IOException {
        Path sets = home.resolve("sets");
        try (Stream<Path> paths = Files.walk(sets)) {
            return paths.filter(p -> !p.equals(sets))
                    .map(p -> sets.relativize(p).toString())
                    .filter(p -> !p.startsWith("archive."))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aTarGzIsUnpackedIntoItsFolderOnceAndOnlyOnce() throws Exception {
        DatasetFile file = placed("archive.tar.gz", tarGz(Entry.folder("docs/"), Entry.file("docs/pos/a.txt", "good film\n"),
                Entry.file("docs/neg/b.txt", "bad film\n"), Entry.file("./README", "read me")));
        Unpacker unpacker = new Unpacker(home);
        assertEquals(Unpacker.Outcome.UNPACKED, unpacker.unpack(file, false));
        assertEquals("good film\n", Files.readString(target().resolve("docs/pos/a.txt")));
        assertEquals("bad film\n", Files.readString(target().resolve("docs/neg/b.txt")));
        assertEquals("read me", Files.readString(target().resolve("README")));
        assertEquals(List.of("unpacked", "unpacked/" + Unpacker.MARKER, "unpacked/README", "unpacked/docs",
                "unpacked/docs/neg", "unpacked/docs/neg/b.txt", "unpacked/docs/pos", "unpacked/docs/pos/a.txt"),
                setsFolder(), "no staging folder is left beside the target");

        Files.writeString(target().resolve("docs/pos/a.txt"), "edited by the user");
        assertEquals(Unpacker.Outcome.ALREADY_UNPACKED, unpacker.unpack(file, false));
        assertEquals(Unpacker.Outcome.ALREADY_UNPACKED, unpacker.unpack(file, true));
        assertEquals("edited by the user", Files.readString(target().resolve("docs/pos/a.txt")),
                "unpacking the same archive again touches nothing");
    }

    @Test
    void aZipIsUnpacked() throws Exception {
        DatasetFile file = placed("archive.zip", zip(Entry.file("_about.txt", "about"), Entry.file("fra.txt", "Go.\tVa !\n")));
        assertEquals(Unpacker.Outcome.UNPACKED, new Unpacker(home).unpack(file, false));
        assertEquals("Go.\tVa !\n", Files.readString(target().resolve("fra.txt")));
        assertEquals("about", Files.readString(target().resolve("_about.txt")));
    }

    @Test
    void aFolderNotUnpackedFromTheArchiveIsRefusedUnlessForcedThenReplacedWhole() throws Exception {
        Files.createDirectories(target());
        Files.writeString(target().resolve("stale.txt"), "old");
        DatasetFile file = placed("archive.tar.gz", tarGz(Entry.file("new.txt", "new")));
        IOException e = assertThrows(IOException.class, () -> new Unpacker(home).unpack(file, false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertTrue(Files.exists(target().resolve("stale.txt")));

        assertEquals(Unpacker.Outcome.UNPACKED, new Unpacker(home).unpack(file, true));
        assertEquals(List.of("unpacked", "unpacked/" + Unpacker.MARKER, "unpacked/new.txt"), setsFolder());
    }

    private void assertRefused(DatasetFile file, String entry) throws IOException {
        UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class, () -> new Unpacker(home).unpack(file, false));
        assertTrue(e.getMessage().contains("'" + entry + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(file.path()), e.getMessage());
        assertEquals(List.of(), setsFolder(), "nothing is unpacked, and no staging folder is left");
        assertFalse(Files.exists(home.resolve("evil.txt")));
    }

    @Test
    void anEntryClimbingOutWithDotDotRefusesTheWholeArchive() throws Exception {
        assertRefused(placed("archive.tar.gz", tarGz(Entry.file("ok.txt", "fine"), Entry.file("../../evil.txt", "gotcha"))),
                "../../evil.txt");
        assertRefused(placed("archive.zip", zip(Entry.file("ok.txt", "fine"), Entry.file("a/../../../evil.txt", "gotcha"))),
                "a/../../../evil.txt");
    }

    @Test
    void anAbsoluteEntryIsRefused() throws Exception {
        String absolute = home.resolve("evil.txt").toString();
        assertRefused(placed("archive.tar.gz", tarGz(Entry.file(absolute, "gotcha"))), absolute);
        assertRefused(placed("archive.zip", zip(Entry.file(absolute, "gotcha"))), absolute);
    }

    @Test
    void aSymbolicLinkEntryIsRefused() throws Exception {
        assertRefused(placed("archive.tar.gz", tarGz(Entry.symlink("link", "/etc"), Entry.file("link/evil.txt", "x"))), "link");
        assertRefused(placed("archive.zip", zip(Entry.symlink("link", "/etc"))), "link");
    }

    @Test
    void onlyArchivesCanDeclareUnpack() {
        String sha = "0".repeat(64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DatasetFile("https://x/y.txt", "sets/y.txt", 1, sha, "sets/y"));
        assertTrue(e.getMessage().contains("sets/y.txt"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("https://x/y.zip", "sets/y.zip", 1, sha, "../y"));
    }

    @Test
    void theBundledArchivesDeclareWhereTheyUnpack() throws Exception {
        List<String> unpacked = Manifest.bundled().datasets().stream()
                .flatMap(d -> d.files().stream())
                .filter(f -> f.unpack() != null)
                .map(DatasetFile::unpack)
                .toList();
        assertEquals(List.of("documents/review_polarity", "parallel/tatoeba/fra-eng"), unpacked);
    }
}
