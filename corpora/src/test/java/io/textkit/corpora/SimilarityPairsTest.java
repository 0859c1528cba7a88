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

class SimilarityPairsTest {
    @TempDir
    Path dir;

    @Test
    void commentsAndTabHeaderAreSkipped() throws IOException {
        Path file = Files.writeString(dir.resolve("ws.tsv"), """
                # The WordSimilarity-353 Test Collection
                # Word 1\tWord 2\tHuman (mean)
                Word 1\tWord 2\tHuman (mean)
                love\tsex\t6.77
                tiger\tcat\t7.35
                """);
        assertEquals(List.of(new SimilarityPair("love", "sex", 6.77), new SimilarityPair("tiger", "cat", 7.35)),
                read(file));
    }

    @Test
    void spaceSeparatedAndCrlfLinesParse() throws IOException {
        Path file = Files.writeString(dir.resolve("rg.txt"), "gem   jewel 3.94\r\n\r\nnoon string 0.08");
        assertEquals(List.of(new SimilarityPair("gem", "jewel", 3.94), new SimilarityPair("noon", "string", 0.08)),
                read(file));
    }

    @Test
    void onlyTheFirstDataLineMayBeAHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.txt"), "w1 w2 score\nlove sex 6.77\ntiger cat high\n");
        assertMalformed(file, 3, "score is not a number: 'high'");
    }

    @Test
    void wrongFieldCountIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.txt"), "love sex 6.77\nnew york city 5.0\n");
        assertMalformed(file, 2, "expected 3 fields (w1 w2 score), found 4");
    }

    private static List<SimilarityPair> read(Path file) {
        try (Stream<SimilarityPair> pairs = SimilarityPairs.read(file).stream()) {
            return pairs.toList();
        }
    }

    private static void assertMalformed(Path file, int line, String problem) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> SimilarityPairs.read(file).count());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": " + problem), e.getMessage());
    }
}
