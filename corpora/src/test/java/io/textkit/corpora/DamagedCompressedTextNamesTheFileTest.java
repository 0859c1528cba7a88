package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing finding: a bzip2 or gzip corpus whose header is damaged failed with the
 * decompressor's bare "Unexpected end of stream", which did not say which file was damaged.
 */
class DamagedCompressedTextNamesTheFileTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedGzipHeaderIsReportedByName() throws IOException {
        // The gzip magic, then compression method 9, which does not exist.
        Path file = Files.write(dir.resolve("train.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 9, 0, 0, 0, 0, 0, 0, 3});
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> LabelledCorpus.of(file, LabelledFormat.FASTTEXT).count());
        assertTrue(e.getCause() instanceof TextFormatException, e.toString());
        assertTrue(e.getCause().getMessage().startsWith(file + ": is damaged gzip data ("), e.getCause().getMessage());
    }

    @Test
    void aTruncatedBzip2HeaderIsReportedByName() throws IOException {
        Path file = Files.write(dir.resolve("corpus.txt.bz2"), "BZh91AY&SY".getBytes(StandardCharsets.US_ASCII));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LineCorpus.of(file).count());
        assertTrue(e.getCause().getMessage().startsWith(file + ": is damaged bzip2 data ("), e.getCause().getMessage());
    }
}
