package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing finding: a damaged gzip archive read as a document corpus failed with the decompressor's
 * bare "invalid code -- missing end-of-block", which did not say which archive was damaged.
 */
class DamagedDocumentArchiveNamesItTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedArchiveIsReportedByName() throws IOException {
        // A gzip header, then a deflate block of the reserved type 3.
        Path archive = Files.write(dir.resolve("reviews.tar.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x07});
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
            try (Stream<LabelledDocument> documents = DocumentCorpus.ofArchive(archive, "").stream()) {
                documents.count();
            }
        });
        assertTrue(e.getCause().getMessage().startsWith(archive + " is not a readable tar archive ("),
                e.getCause().getMessage());
    }
}
