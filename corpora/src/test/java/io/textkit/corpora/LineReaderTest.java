package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {
    @TempDir
    Path dir;

    @Test
    void crlfEndingsAreDroppedAndLinesCounted() throws IOException {
        Path file = Files.writeString(dir.resolve("crlf.txt"), "sentence\tscore\r\nGood case.\t1\r\n\r\nlast\t0");
        List<String> lines = new ArrayList<>();
        try (LineReader in = TextFiles.openLines(file, MalformedInput.REPORT)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(in.lineNumber() + ":" + line);
            }
            assertNull(in.readLine());
        }
        assertEquals(List.of("1:sentence\tscore", "2:Good case.\t1", "3:", "4:last\t0"), lines);
    }

    @Test
    void loneCarriageReturnIsTextNotALineEnd() throws IOException {
        Path file = Files.writeString(dir.resolve("cr.txt"), "a\rb\nc\n");
        try (LineReader in = TextFiles.openLines(file, MalformedInput.REPORT)) {
            assertEquals("a\rb", in.readLine());
            assertEquals("c", in.readLine());
            assertNull(in.readLine());
            assertEquals(2, in.lineNumber());
        }
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstLine() throws IOException {
        Path file = Files.write(dir.resolve("bom.tsv"), "\uFEFFsentence\tlabel\n".getBytes(StandardCharsets.UTF_8));
        try (LineReader in = TextFiles.openLines(file, MalformedInput.REPORT)) {
            assertEquals("sentence\tlabel", in.readLine());
        }
    }

    @Test
    void bytesArrivingOneAtATimeDecodeTheSame() throws IOException {
        byte[] text = "\uFEFFzwei Zeilen – ü\r\n😀 emoji\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new FilterInputStream(new ByteArrayInputStream(text)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }

            @Override
            public int available() {
                return 0;
            }
        };
        try (LineReader in = new LineReader(new Utf8Reader(trickle, "trickle", MalformedInput.REPORT), "trickle")) {
            assertEquals("zwei Zeilen – ü", in.readLine());
            assertEquals("😀 emoji", in.readLine());
            assertNull(in.readLine());
        }
    }

    @Test
    void linesLongerThanTheBufferComeWhole() throws IOException {
        String longLine = "word ".repeat(10_000).strip();
        Path file = Files.writeString(dir.resolve("long.txt"), longLine + "\r\nshort\n");
        try (LineReader in = TextFiles.openLines(file, MalformedInput.REPORT)) {
            assertEquals(longLine, in.readLine());
            assertEquals("short", in.readLine());
        }
    }
}
