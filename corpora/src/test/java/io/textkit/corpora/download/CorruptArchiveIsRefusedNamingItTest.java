package io.textkit.corpora.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing finding: a damaged archive failed with the decompressor's own message ("invalid distance
 * too far back", a ZipException) that did not say which file was damaged.
 */
class CorruptArchiveIsRefusedNamingItTest {
    @TempDir
    Path home;

    @Test
    void aDamagedTarGzIsRefusedNamingTheArchiveAndNothingIsUnpacked() throws IOException {
        // A gzip header, then a deflate block of the reserved type 3: "invalid block type".
        byte[] damaged = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x07};
        Path archive = Files.write(home.resolve("data.tar.gz"), damaged);
        DatasetFile file = new DatasetFile("https://example.org/data.tar.gz", "data.tar.gz", damaged.length,
                "0".repeat(64), "out");
        IOException e = assertThrows(IOException.class, () -> new Unpacker(home).unpack(file, false));
        assertTrue(e.getMessage().startsWith(archive.toAbsolutePath() + " is not a readable tar.gz archive ("),
                e.getMessage());
        try (Stream<Path> left = Files.list(home)) {
            assertEquals(List.of(archive), left.toList());
        }
    }
}
