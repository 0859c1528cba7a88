package io.textkit.corpora.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing finding: an archive entry whose name holds a NUL byte escaped the unpacker as an
 * InvalidPathException instead of refusing the archive by name.
 */
class EntryNameWithNulIsRefusedTest {
    @TempDir
    Path home;

    @Test
    void anEntryNameThatIsNoFileNameRefusesTheArchive() throws IOException {
        Path archive = home.resolve("data.zip");
        try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("ok.txt"));
            zip.putNextEntry(new ZipEntry("bad\0name.txt"));
        }
        DatasetFile file = new DatasetFile("https://example.org/data.zip", "data.zip", Files.size(archive),
                "0".repeat(64), "out");
        IOException e = assertThrows(IOException.class, () -> new Unpacker(home).unpack(file, false));
        assertTrue(e.getMessage().startsWith(archive + ": entry 'bad\\0name.txt' is not a valid file name"),
                e.getMessage());
        try (Stream<Path> left = Files.list(home)) {
            assertEquals(List.of(archive), left.toList());
        }
    }
}
