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

class LabelledFormatsTest {
    @TempDir
    Path dir;

    @Test
    void fastTextLinesMayCarrySeveralLabels() throws IOException {
        Path file = write("ft.txt", """
                __label__pos great film
                __label__pos __label__funny  \t  a __label__ mid-line stays text\s
                """);
        assertEquals(List.of(
                        new LabelledExample("great film", "pos"),
                        new LabelledExample("a __label__ mid-line stays text", List.of("pos", "funny"))),
                read(file, LabelledFormat.FASTTEXT, Header.DETECT));
    }

    @Test
    void fastTextLineWithoutLabelOrWithEmptyLabelIsNamed() throws IOException {
        assertMalformed(write("a.txt", "__label__pos ok\nno label here\n"), LabelledFormat.FASTTEXT, 2, "no label");
        assertMalformed(write("b.txt", "__label__ text\n"), LabelledFormat.FASTTEXT, 1, "empty label");
        assertMalformed(write("c.txt", "__label__pos\n"), LabelledFormat.FASTTEXT, 1, "no text after the label");
    }

    @Test
    void labelTabText() throws IOException {
        Path file = write("r8.txt", "earn\tchampion products approves\tstock split\r\nacq\tcomputer terminal\r\n");
        assertEquals(List.of(
                        new LabelledExample("champion products approves\tstock split", "earn"),
                        new LabelledExample("computer terminal", "acq")),
                read(file, LabelledFormat.LABEL_TAB_TEXT, Header.DETECT));
    }

    @Test
    void textTabLabelWithDetectedHeaderAndCrlf() throws IOException {
        Path file = write("amazon.txt", "sentence\tscore\r\nGood case, Excellent value.\t1\r\nBad.\t0\r\n\r\n");
        assertEquals(List.of(new LabelledExample("Good case, Excellent value.", "1"), new LabelledExample("Bad.", "0")),
                read(file, LabelledFormat.TEXT_TAB_LABEL, Header.DETECT));
    }

    @Test
    void headerIsKeptOrSkippedWhenTold() throws IOException {
        Path file = write("sst2.tsv", "it 's a charming journey . \t1\nbleak \t0\n");
        assertEquals(2, read(file, LabelledFormat.TEXT_TAB_LABEL, Header.DETECT).size());
        assertEquals(List.of(new LabelledExample("bleak", "0")),
                read(file, LabelledFormat.TEXT_TAB_LABEL, Header.PRESENT));
        Path labelNamedLabel = write("odd.tsv", "text\tlabel\n");
        assertEquals(List.of(new LabelledExample("text", "label")),
                read(labelNamedLabel, LabelledFormat.TEXT_TAB_LABEL, Header.NONE));
    }

    @Test
    void kimLabelSpaceText() throws IOException {
        Path file = write("stsa.binary.train",
                "1 a stirring , funny and finally transporting re-imagining\n0 apparently reassembled\n");
        assertEquals(List.of(
                        new LabelledExample("a stirring , funny and finally transporting re-imagining", "1"),
                        new LabelledExample("apparently reassembled", "0")),
                read(file, LabelledFormat.LABEL_SPACE_TEXT, Header.NONE));
    }

    @Test
    void tabFormatsNameMissingTabAndEmptyLabel() throws IOException {
        assertMalformed(write("a.tsv", "fine\t1\nno tab at all\n"), LabelledFormat.TEXT_TAB_LABEL, 2,
                "no tab between text and label");
        assertMalformed(write("b.tsv", "good\t1\nsome text\t \n"), LabelledFormat.TEXT_TAB_LABEL, 2, "empty label");
        assertMalformed(write("c.tsv", "\tjust text\n"), LabelledFormat.LABEL_TAB_TEXT, 1, "empty label");
        assertMalformed(write("d.txt", " 1 leading space\n"), LabelledFormat.LABEL_SPACE_TEXT, 1, "empty label");
    }

    @Test
    void malformedLinesAreSkippedAndCountedOnlyWhenAsked() throws IOException {
        Path file = write("mixed.tsv", "sentence\tlabel\ngood\t1\nbroken\nalso good\t0\n\t1\n");
        SkippedLines skipped = new SkippedLines();
        Corpus<LabelledExample> corpus = LabelledCorpus.of(List.of(file), LabelledFormat.TEXT_TAB_LABEL,
                Header.DETECT, ReadOptions.STRICT.skippingMalformedLines(skipped));
        assertEquals(2, corpus.count());
        assertEquals(2, skipped.count());
        assertEquals(3, skipped.first().orElseThrow().line());
        assertTrue(skipped.toString().startsWith("skipped 2 malformed lines, the first: " + file + ":3: no tab"),
                skipped.toString());
    }

    @Test
    void singleLabelAccessorRefusesMultiLabelExamples() {
        assertEquals("pos", new LabelledExample("t", "pos").label());
        assertThrows(IllegalStateException.class, () -> new LabelledExample("t", List.of("a", "b")).label());
    }

    private List<LabelledExample> read(Path file, LabelledFormat format, Header header) {
        Corpus<LabelledExample> corpus = LabelledCorpus.of(List.of(file), format, header, ReadOptions.STRICT);
        try (Stream<LabelledExample> s = corpus.stream()) {
            return s.toList();
        }
    }

    private void assertMalformed(Path file, LabelledFormat format, int line, String problem) {
        UncheckedIOException e =
                assertThrows(UncheckedIOException.class, () -> LabelledCorpus.of(file, format).count());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": " + problem), e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
