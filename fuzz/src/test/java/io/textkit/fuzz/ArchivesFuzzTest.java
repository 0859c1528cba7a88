package io.textkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.textkit.corpora.DocumentCorpus;
import io.textkit.corpora.LabelledDocument;
import io.textkit.corpora.download.DatasetFile;
import io.textkit.corpora.download.Unpacker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes the two readers of downloaded archives: the dataset unpacker (zip, tar, tar.gz) and the
 * document corpus that reads label folders straight out of a tar archive (plain, gzip or bzip2).
 * The seeds include archives whose entries climb out with {@code ..}, start with {@code /} or are
 * links. The unpacker must unpack or refuse the archive with an IOException naming it, and either
 * way leave nothing outside its target folder and, on refusal, nothing at all.
 */
class ArchivesFuzzTest {
    private static final String[] NAMES = {"data.zip", "data.tar", "data.tar.gz"};
    private static final String SHA256 = "0".repeat(64);

    @FuzzTest(maxDuration = "10s")
    void unpackArchive(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        String name = NAMES[(bytes[0] & 0xFF) % NAMES.length];
        // Three levels deep, so an entry that climbs out with ../ lands where the check below sees it.
        Path outside = Scratch.emptyFolder("unpack");
        Path home = Files.createDirectories(outside.resolve("a/b/home"));
        Path archive = Files.write(home.resolve(name), Arrays.copyOfRange(bytes, 1, bytes.length));
        DatasetFile file = new DatasetFile("https://example.org/" + name, name, bytes.length - 1L, SHA256, "out");
        boolean[] unpacked = {false};
        Outcome.resultOrClear(() -> {
            new Unpacker(home).unpack(file, false);
            unpacked[0] = true;
        }, archive.toString(), IOException.class);
        try (Stream<Path> all = Files.walk(outside)) {
            for (Path path : all.toList()) {
                assertTrue(path.startsWith(home) || home.startsWith(path), () -> "written outside: " + path);
            }
        }
        try (Stream<Path> entries = Files.list(home)) {
            List<String> left = entries.map(path -> path.getFileName().toString()).sorted().toList();
            assertEquals(unpacked[0] ? List.of(name, "out") : List.of(name), left,
                    "an archive is unpacked whole into its folder, or not at all");
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readDocumentArchive(byte[] bytes) {
        Outcome.resultOrClear(() -> {
            Path archive = Scratch.file("documents.tar", bytes);
            try (Stream<LabelledDocument> documents = DocumentCorpus.ofArchive(archive, "").stream()) {
                for (LabelledDocument document : documents.toList()) {
                    assertTrue(document.path().startsWith(document.label() + "/"), "the label is the first folder");
                    assertTrue(!document.text().isBlank(), "a document has text");
                }
            }
        }, "documents.tar", IOException.class);
    }
}
