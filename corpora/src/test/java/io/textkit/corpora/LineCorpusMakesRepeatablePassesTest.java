package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineCorpusMakesRepeatablePassesTest {
    @TempDir
    Path dir;

    @Test
    void blankLinesAreSkippedAndOthersKeptAsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("s.txt"), "the cat sat\r\n\r\n   \n  indented stays  \n");
        try (Stream<String> lines = LineCorpus.of(file).stream()) {
            assertEquals(List.of("the cat sat", "  indented stays  "), lines.toList());
        }
    }

    @Test
    void eachPassReadsTheFilesAfresh() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "one\ntwo\n");
        Path b = Files.write(dir.resolve("b.gz"), CompressionIsDetectedByContentTest.gzip("three\n".getBytes()));
        Corpus<String> corpus = LineCorpus.of(a, b);
        for (int pass = 0; pass < 3; pass++) {
            try (Stream<String> lines = corpus.stream()) {
                assertEquals(List.of("one", "two", "three"), lines.toList());
            }
        }
        assertEquals(3, corpus.map(String::length).count());
    }

    @Test
    void missingFileIsNamedWhenStreamed() {
        Path missing = dir.resolve("nope.txt");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LineCorpus.of(missing).count());
        assertTrue(e.getMessage().contains("no such file: " + missing), e.getMessage());
    }

    @Test
    void laterFilesAreNotOpenedBeforeTheyAreNeeded() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "one\n");
        Path missing = dir.resolve("later.txt");
        try (Stream<String> lines = LineCorpus.of(a, missing).stream()) {
            assertEquals(List.of("one"), lines.limit(1).toList());
        }
    }
}
