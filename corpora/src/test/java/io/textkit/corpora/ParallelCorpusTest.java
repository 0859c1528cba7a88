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

class ParallelCorpusTest {
    @TempDir
    Path dir;

    @Test
    void alignedFilesPairLineByLineSkippingBlankSides() throws IOException {
        Path en = Files.writeString(dir.resolve("train.en"), "Two dogs run.\r\nA man.\n\nThe end.\n");
        Path de = Files.write(dir.resolve("train.de"),
                CompressionIsDetectedByContentTest.gzip("Zwei Hunde rennen.\n\nLeer.\nDas Ende.\n".getBytes()));
        try (Stream<SentencePair> pairs = ParallelCorpus.aligned(en, de).stream()) {
            assertEquals(List.of(new SentencePair("Two dogs run.", "Zwei Hunde rennen."),
                    new SentencePair("The end.", "Das Ende.")), pairs.toList());
        }
    }

    @Test
    void unequalLengthsNameBothFilesAndWhere() throws IOException {
        Path en = Files.writeString(dir.resolve("val.en"), "a\nb\nc\n");
        Path de = Files.writeString(dir.resolve("val.de"), "a\nb\n");
        UncheckedIOException longerSource = assertThrows(UncheckedIOException.class,
                () -> ParallelCorpus.aligned(en, de).count());
        assertEquals(en + ":3: files are not aligned: " + de + " ends after line 2, but " + en + " goes on",
                longerSource.getMessage());
        UncheckedIOException longerTarget = assertThrows(UncheckedIOException.class,
                () -> ParallelCorpus.aligned(de, en).count());
        assertEquals(en + ":3: files are not aligned: " + de + " ends after line 2, but " + en + " goes on",
                longerTarget.getMessage());
    }

    @Test
    void tabSeparatedIgnoresAttributionColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("fra.txt"),
                "Go.\tVa !\nRun!\tCours\u202f!\tCC-BY 2.0 (France) Attribution: tatoeba.org #906328 (CM)\n");
        try (Stream<SentencePair> pairs = ParallelCorpus.tabSeparated(file).stream()) {
            assertEquals(List.of(new SentencePair("Go.", "Va !"), new SentencePair("Run!", "Cours\u202f!")),
                    pairs.toList());
        }
    }

    @Test
    void tabSeparatedNamesMalformedLines() throws IOException {
        Path noTab = Files.writeString(dir.resolve("a.txt"), "Go.\tVa !\nno tab\n");
        UncheckedIOException e =
                assertThrows(UncheckedIOException.class, () -> ParallelCorpus.tabSeparated(noTab).count());
        assertTrue(e.getMessage().startsWith(noTab + ":2: no tab between source and target"), e.getMessage());
        Path emptySide = Files.writeString(dir.resolve("b.txt"), "Go.\t \n");
        e = assertThrows(UncheckedIOException.class, () -> ParallelCorpus.tabSeparated(emptySide).count());
        assertTrue(e.getMessage().startsWith(emptySide + ":1: empty target sentence"), e.getMessage());
    }
}
