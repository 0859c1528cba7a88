package io.textkit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DocumentCorpus} reads the same labelled documents from a folder and from a tar.gz of it. */
class DocumentCorpusTest {
    /** Relative path to content, in the order a tar of the folder would hold them. */
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("README", "not a document: it sits in the root");
        FILES.put("neg/sub/c.txt", "a dull film .\nthe plot drags .\n");
        FILES.put("neg/z.txt", "  worst of the year .  ");
        FILES.put("pos/.DS_Store", "hidden: not a document");
        FILES.put("pos/a.txt", "a fine film .\n");
        FILES.put("pos/b.txt", "\u00e9l\u00e9gant et dr\u00f4le .\n");
    }

    private static final List<LabelledDocument> EXPECTED = List.of(
            new LabelledDocument("neg/sub/c.txt", "neg", "a dull film .\nthe plot drags ."),
            new LabelledDocument("neg/z.txt", "neg", "worst of the year ."),
            new LabelledDocument("pos/a.txt", "pos", "a fine film ."),
            new LabelledDocument("pos/b.txt", "pos", "\u00e9l\u00e9gant et dr\u00f4le ."));

    @TempDir
    Path dir;

    private static List<LabelledDocument> all(Corpus<LabelledDocument> corpus) {
        try (Stream<LabelledDocument> documents = corpus.stream()) {
            return documents.toList();
        }
    }

    private Path folder(Map<String, byte[]> files) throws IOException {
        Path root = dir.resolve("root");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
        return root;
    }

    private Path tarGz(String prefix, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            add(tar, "elsewhere/pos/x.txt", "outside the chosen root".getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                add(tar, prefix + f.getKey(), f.getValue());
            }
        }
        Path archive = dir.resolve("documents.tar.gz");
        Files.write(archive, bytes.toByteArray());
        return archive;
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static Map<String, byte[]> utf8(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    @Test
    void aFolderGivesOneDocumentPerFileLabelledByItsFolderInSortedOrder() throws Exception {
        Corpus<LabelledDocument> corpus = DocumentCorpus.of(folder(utf8(FILES)));
        assertEquals(EXPECTED, all(corpus));
        assertEquals(EXPECTED, all(corpus), "a second pass reads the same");
        assertEquals("c.txt", EXPECTED.get(0).fileName());
        assertEquals(new LabelledExample("a fine film .", "pos"), EXPECTED.get(2).example());
    }

    @Test
    void anArchiveGivesTheSameDocumentsBelowTheChosenRoot() throws Exception {
        Path archive = tarGz("./txt_sentoken/", utf8(FILES));
        assertEquals(EXPECTED, all(DocumentCorpus.ofArchive(archive, "txt_sentoken")));
        assertEquals(EXPECTED, all(DocumentCorpus.ofArchive(archive, "txt_sentoken/")));
    }

    @Test
    void aRootWithoutDocumentsIsAnErrorNotAnEmptyCorpus() throws Exception {
        Path archive = tarGz("txt_sentoken/", utf8(FILES));
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> all(DocumentCorpus.ofArchive(archive, "txt_sentken")));
        assertTrue(e.getMessage().contains("no documents below 'txt_sentken/'"), e.getMessage());

        Files.createDirectories(dir.resolve("empty/pos"));
        e = assertThrows(UncheckedIOException.class, () -> all(DocumentCorpus.of(dir.resolve("empty"))));
        assertTrue(e.getMessage().contains("no documents in"), e.getMessage());
    }

    @Test
    void malformedUtf8NamesTheFileAndLineAfterTheDocumentsBeforeIt() throws Exception {
        Map<String, byte[]> files = utf8(FILES);
        files.put("pos/c.txt", new byte[] {'o', 'k', '\n', 'b', 'a', 'd', (byte) 0xC3, '('});
        files.put("pos/d.txt", "never reached".getBytes(StandardCharsets.UTF_8));
        for (Corpus<LabelledDocument> corpus : List.of(DocumentCorpus.of(folder(files)),
                DocumentCorpus.ofArchive(tarGz("data/", files), "data"))) {
            try (Stream<LabelledDocument> documents = corpus.stream()) {
                Iterator<LabelledDocument> it = documents.iterator();
                for (LabelledDocument expected : EXPECTED) {
                    assertEquals(expected, it.next());
                }
                UncheckedIOException e = assertThrows(UncheckedIOException.class, it::next);
                assertTrue(e.getMessage().contains("pos/c.txt:2: malformed UTF-8"), e.getMessage());
            }
        }
    }

    @Test
    void anEmptyDocumentIsAnErrorNamingTheFile() throws Exception {
        Map<String, byte[]> files = utf8(FILES);
        files.put("pos/blank.txt", " \n\n".getBytes(StandardCharsets.UTF_8));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> all(DocumentCorpus.of(folder(files))));
        assertTrue(e.getMessage().contains("blank.txt: is an empty document"), e.getMessage());
    }
}
