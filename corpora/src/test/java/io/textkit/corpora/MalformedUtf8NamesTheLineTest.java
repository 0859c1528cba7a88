package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedUtf8NamesTheLineTest {
    @TempDir
    Path dir;

    @Test
    void badByteNamesFileLineAndColumnAfterGoodLines() throws IOException {
        Path file = write("bad.txt", "fine\n", "also fine\n", "ab", new byte[] {(byte) 0xff}, "cd\n", "never\n");
        List<String> seen = new ArrayList<>();
        TextFormatException e;
        try (LineReader in = TextFiles.openLines(file, MalformedInput.REPORT)) {
            e = assertThrows(TextFormatException.class, () -> {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    seen.add(line);
                }
            });
        }
        assertEquals(List.of("fine", "also fine"), seen);
        assertEquals(file.toString(), e.source());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file + ":3: malformed UTF-8 (byte 0xFF) at column 3"), e.getMessage());
    }

    @Test
    void lineNumberIsRightFarPastTheDecodingBuffer() throws IOException {
        String good = "a line of ordinary text, repeated to fill several buffers\n".repeat(5_000);
        Path file = write("far.txt.gz", good, new byte[] {(byte) 0xc3, '('}, "\n");
        Files.write(file, CompressionIsDetectedByContentTest.gzip(Files.readAllBytes(file)));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LineCorpus.of(file).count());
        TextFormatException cause = assertInstanceOf(TextFormatException.class, e.getCause());
        assertEquals(5_001, cause.line());
        assertTrue(e.getMessage().contains(":5001: malformed UTF-8"), e.getMessage());
    }

    @Test
    void sequenceCutShortAtTheEndIsMalformed() throws IOException {
        Path file = write("cut.txt", "ok\n", "caf", new byte[] {(byte) 0xc3});
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LineCorpus.of(file).count());
        assertTrue(e.getMessage().startsWith(file + ":2: malformed UTF-8"), e.getMessage());
    }

    @Test
    void replaceOptionSubstitutesAndGoesOn() throws IOException {
        Path file = write("bad.txt", "ab", new byte[] {(byte) 0xff}, "cd\n", "next\n");
        Corpus<String> lines = LineCorpus.of(List.of(file), ReadOptions.STRICT.replacingMalformedUtf8());
        try (Stream<String> s = lines.stream()) {
            assertEquals(List.of("ab\uFFFDcd", "next"), s.toList());
        }
    }

    /** Writes strings as UTF-8 and byte arrays as they are. */
    private Path write(String name, Object... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Object part : parts) {
            bytes.write(part instanceof byte[] raw ? raw : ((String) part).getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }
}
