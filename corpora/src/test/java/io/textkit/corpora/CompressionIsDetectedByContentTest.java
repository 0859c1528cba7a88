package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionIsDetectedByContentTest {
    private static final String TEXT = "first line\nzweite Zeile – ü\nthird\n";

    @TempDir
    Path dir;

    @Test
    void gzipNamedTxtIsDecompressed() throws IOException {
        Path file = dir.resolve("corpus.txt");
        Files.write(file, gzip(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("first line", "zweite Zeile – ü", "third"), readAll(file));
    }

    @Test
    void bzip2NamedTxtIsDecompressed() throws IOException {
        Path file = dir.resolve("corpus.txt");
        Files.write(file, bzip2(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("first line", "zweite Zeile – ü", "third"), readAll(file));
    }

    @Test
    void plainTextNamedGzIsReadAsIs() throws IOException {
        Path file = dir.resolve("corpus.txt.gz");
        Files.writeString(file, TEXT);
        assertEquals(List.of("first line", "zweite Zeile – ü", "third"), readAll(file));
    }

    @Test
    void concatenatedGzipMembersAreAllRead() throws IOException {
        Path file = dir.resolve("parts.gz");
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.write(gzip("a\n".getBytes(StandardCharsets.UTF_8)));
        both.write(gzip("b\n".getBytes(StandardCharsets.UTF_8)));
        Files.write(file, both.toByteArray());
        assertEquals(List.of("a", "b"), readAll(file));
    }

    @Test
    void emptyAndTinyFilesAreNotMistakenForCompressed() throws IOException {
        Path empty = Files.write(dir.resolve("empty.gz"), new byte[0]);
        Path one = Files.writeString(dir.resolve("one.bz2"), "B");
        assertEquals(List.of(), readAll(empty));
        assertEquals(List.of("B"), readAll(one));
    }

    @Test
    void zipArchiveIsRefusedByName() throws IOException {
        Path file = dir.resolve("fra-eng.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("fra.txt"));
            zip.write("Go.\tVa !\n".getBytes(StandardCharsets.UTF_8));
        }
        TextFormatException e = assertThrows(TextFormatException.class, () -> TextFiles.open(file));
        assertTrue(e.getMessage().startsWith(file + ": is a zip archive"), e.getMessage());
    }

    private static List<String> readAll(Path file) throws IOException {
        try (BufferedReader in = TextFiles.open(file)) {
            return in.lines().toList();
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    static byte[] bzip2(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
