package io.textkit.seq2seq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.corpora.Corpus;
import io.textkit.corpora.SentencePair;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel files are read pair by pair, and every defect stops the read with a message naming the file and line. */
class BadParallelFilesAreRefusedTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<SentencePair> read(Corpus<SentencePair> corpus) {
        try (Stream<SentencePair> pairs = corpus.stream()) {
            return pairs.toList();
        }
    }

    private static String failure(Corpus<SentencePair> corpus) {
        return assertThrows(UncheckedIOException.class, () -> read(corpus)).getMessage();
    }

    @Test
    void alignedFilesGivePairsAndSkipLinesEmptyOnBothSides() throws IOException {
        Path de = write("train.de", "ein hund\n\n  zwei katzen \n");
        Path en = write("train.en", "a dog\n\ntwo cats\n");
        assertEquals(List.of(new SentencePair("ein hund", "a dog"), new SentencePair("zwei katzen", "two cats")),
                read(ParallelFiles.aligned(de, en)));
    }

    @Test
    void unequalLineCountsNameTheFileThatGoesOnAndTheLine() throws IOException {
        Path de = write("a.de", "eins\nzwei\ndrei\n");
        Path en = write("a.en", "one\ntwo\n");
        String message = failure(ParallelFiles.aligned(de, en));
        assertTrue(message.contains(de + ":3"), message);
        assertTrue(message.contains(en + " ends after line 2"), message);
    }

    @Test
    void aSentenceWithAnEmptyTranslationNamesFileAndLine() throws IOException {
        Path de = write("b.de", "eins\nzwei\n");
        Path en = write("b.en", "one\n   \n");
        String message = failure(ParallelFiles.aligned(de, en));
        assertTrue(message.contains(en + ":2"), message);
        assertTrue(message.contains("empty"), message);
    }

    @Test
    void invalidUtf8NamesFileAndLine() throws IOException {
        Path de = write("c.de", "eins\nzwei\n");
        Path en = dir.resolve("c.en");
        Files.write(en, new byte[] {'o', 'n', 'e', '\n', 't', (byte) 0xC3, 'o', '\n'});
        String message = failure(ParallelFiles.aligned(de, en));
        assertTrue(message.contains(en + ":2"), message);
    }

    @Test
    void tatoebaPairsAreReadFromInsideTheZipIgnoringExtraColumns() throws IOException {
        Path zip = dir.resolve("fra-eng.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("_about.txt"));
            z.write("about\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("fra.txt"));
            z.write("Go.\tVa !\tCC-BY 2.0 (France) Attribution: tatoeba.org\nRun!\tCours !\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of(new SentencePair("Go.", "Va !"), new SentencePair("Run!", "Cours !")),
                read(ParallelFiles.tabSeparated(zip)));
    }

    @Test
    void aTabSeparatedLineWithoutTabOrWithAnEmptySideNamesFileAndLine() throws IOException {
        Path noTab = write("no-tab.txt", "Go.\tVa !\nRun! Cours !\n");
        String message = failure(ParallelFiles.tabSeparated(noTab));
        assertTrue(message.contains(noTab + ":2") && message.contains("no tab"), message);
        Path empty = write("empty.txt", "Go.\tVa !\nRun!\t \n");
        message = failure(ParallelFiles.tabSeparated(empty));
        assertTrue(message.contains(empty + ":2") && message.contains("second column is empty"), message);
    }
}
