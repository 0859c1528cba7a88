package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.tokenize.Vocabulary;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodedCorpusTest {
    private final Vocabulary vocabulary = Fixtures.vocabulary(9, 8, 7);

    private static int[] sentence(EncodedCorpus corpus, int s) {
        return Arrays.copyOfRange(corpus.ids(), corpus.sentenceStart(s), corpus.sentenceEnd(s));
    }

    @Test
    void dropsUnknownWordsKeepsLinesAsSentencesAndSkipsEmptyOnes() throws Exception {
        var source = TextSource.ofLines(List.of("w0  oov w1\tw2", "", "oov oov", "  w2 w2 "));
        EncodedCorpus corpus = EncodedCorpus.encode(source, vocabulary, 100);
        assertEquals(2, corpus.sentences());
        assertEquals(5, corpus.words());
        assertArrayEquals(new int[] {0, 1, 2}, sentence(corpus, 0));
        assertArrayEquals(new int[] {2, 2}, sentence(corpus, 1));
    }

    @Test
    void cutsLongLinesIntoPiecesOfMaxSentenceLength() throws Exception {
        var source = TextSource.ofLines(List.of("w0 w1 oov w2 w0 w1 w2", "w1"));
        EncodedCorpus corpus = EncodedCorpus.encode(source, vocabulary, 3);
        assertEquals(3, corpus.sentences());
        assertArrayEquals(new int[] {0, 1, 2}, sentence(corpus, 0));
        assertArrayEquals(new int[] {0, 1, 2}, sentence(corpus, 1));
        assertArrayEquals(new int[] {1}, sentence(corpus, 2));
    }

    @Test
    void splitGivesContiguousRunsOfAboutEqualWords() throws Exception {
        var source = TextSource.ofLines(List.of("w0 w0 w0 w0", "w1", "w1", "w1", "w1 w1 w1 w1", "w2"));
        EncodedCorpus corpus = EncodedCorpus.encode(source, vocabulary, 100);
        assertArrayEquals(new int[] {0, 3, 6}, corpus.split(2), "6 + 6 of 12 words");
        assertArrayEquals(new int[] {0, 6}, corpus.split(1));
    }
}
