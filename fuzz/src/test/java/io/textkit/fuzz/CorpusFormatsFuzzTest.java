package io.textkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.textkit.corpora.AnalogyQuestions;
import io.textkit.corpora.Corpus;
import io.textkit.corpora.Header;
import io.textkit.corpora.LabelledCorpus;
import io.textkit.corpora.LabelledExample;
import io.textkit.corpora.LabelledFormat;
import io.textkit.corpora.LineCorpus;
import io.textkit.corpora.ParallelCorpus;
import io.textkit.corpora.ReadOptions;
import io.textkit.corpora.SimilarityPairs;
import io.textkit.corpora.SkippedLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes every line-oriented corpus reader. The first input byte picks the reader and its options
 * (for labelled files: the format the classify commands' {@code --format} names, the header rule
 * and whether malformed lines are skipped); the rest is the file, which the readers also accept
 * gzip- or bzip2-compressed. Reading must end or fail with an IOException (in the corpus's
 * UncheckedIOException) naming the file; what is read must keep each format's promises.
 */
class CorpusFormatsFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readLabelled(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        int choice = bytes[0] & 0xFF;
        LabelledFormat format = LabelledFormat.values()[choice % LabelledFormat.values().length];
        Header header = Header.values()[(choice >> 2) % Header.values().length];
        ReadOptions options = (choice & 0x80) == 0
                ? ReadOptions.STRICT
                : ReadOptions.STRICT.skippingMalformedLines(new SkippedLines());
        Outcome.resultOrClear(() -> {
            Path file = Scratch.file("train.txt", Arrays.copyOfRange(bytes, 1, bytes.length));
            for (LabelledExample example : readAll(LabelledCorpus.of(List.of(file), format, header, options))) {
                assertFalse(example.labels().isEmpty(), "an example has a label");
                for (String label : example.labels()) {
                    assertFalse(label.isBlank(), "a label is not blank");
                    assertEquals(label.strip(), label, "a label comes without surrounding space");
                }
                assertFalse(example.text().isBlank(), "an example has text");
                assertEquals(example.text().strip(), example.text(), "a text comes without surrounding space");
            }
        }, "train.txt", IOException.class);
    }

    @FuzzTest(maxDuration = "10s")
    void readTextCorpora(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        int choice = (bytes[0] & 0xFF) % 5;
        byte[] content = Arrays.copyOfRange(bytes, 1, bytes.length);
        Outcome.resultOrClear(() -> {
            Path file = Scratch.file("corpus.txt", content);
            switch (choice) {
                case 0 -> readAll(LineCorpus.of(file));
                case 1 -> readAll(ParallelCorpus.tabSeparated(file));
                case 2 -> readAll(SimilarityPairs.read(file));
                case 3 -> readAll(AnalogyQuestions.read(file));
                default -> {
                    // Aligned files: the source is the content up to the first NUL byte, the target the rest.
                    int nul = indexOf(content, (byte) 0);
                    Scratch.file("corpus.txt", Arrays.copyOfRange(content, 0, nul));
                    Path target = Scratch.file("corpus.txt.target",
                            Arrays.copyOfRange(content, Math.min(nul + 1, content.length), content.length));
                    readAll(ParallelCorpus.aligned(file, target));
                }
            }
        }, "corpus.txt", IOException.class);
    }

    static <T> List<T> readAll(Corpus<T> corpus) {
        try (Stream<T> records = corpus.stream()) {
            return records.toList();
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }
}
