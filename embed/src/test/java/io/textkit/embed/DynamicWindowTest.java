package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.tokenize.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The worker's per-position window draw, the positions it visits and the α it passes on. */
class DynamicWindowTest {
    private record Call(int length, int pos, int span, float alpha) {}

    private static List<Call> record(EncodedCorpus corpus, Vocabulary vocabulary, int window, int epochs,
            LearningRate rate) {
        List<Call> calls = new ArrayList<>();
        Architecture recorder = (sentence, length, pos, span, alpha, random) -> calls.add(
                new Call(length, pos, span, alpha));
        new TrainingThread(corpus, 0, corpus.sentences(), epochs, window, recorder, Subsampler.of(vocabulary, 0),
                rate, new AtomicLong(), new AtomicBoolean(), 1).run();
        return calls;
    }

    @Test
    void spanIsUniformOverOneToWindowAndEveryPositionIsVisited() throws Exception {
        Vocabulary vocabulary = Fixtures.vocabulary(5, 5, 5, 5, 5);
        var lines = new ArrayList<String>();
        for (int i = 0; i < 2000; i++) {
            lines.add("w0 w1 w2 w3 w4");
        }
        EncodedCorpus corpus = EncodedCorpus.encode(TextSource.ofLines(lines), vocabulary, 100);
        List<Call> calls = record(corpus, vocabulary, 5, 1, new LearningRate(0.025, 0.025, 10_000));
        assertEquals(10_000, calls.size());
        int[] spans = new int[6];
        for (int i = 0; i < calls.size(); i++) {
            assertEquals(i % 5, calls.get(i).pos());
            assertEquals(5, calls.get(i).length());
            spans[calls.get(i).span()]++;
        }
        assertEquals(0, spans[0]);
        for (int s = 1; s <= 5; s++) {
            assertEquals(2000, spans[s], 150, "span " + s + " of " + Arrays.toString(spans));
        }
    }

    @Test
    void alphaDecaysAcrossEpochsEveryTenThousandWords() throws Exception {
        Vocabulary vocabulary = Fixtures.vocabulary(5, 5);
        var lines = new ArrayList<String>();
        for (int i = 0; i < 5000; i++) {
            lines.add("w0 w1");
        }
        EncodedCorpus corpus = EncodedCorpus.encode(TextSource.ofLines(lines), vocabulary, 100);
        List<Call> calls = record(corpus, vocabulary, 2, 3, new LearningRate(0.03, 0.0, 30_000));
        assertEquals(30_000, calls.size());
        assertEquals(0.03f, calls.get(0).alpha());
        assertEquals(0.03f, calls.get(9_999).alpha(), "unchanged until the first 10k words are reported");
        assertEquals(0.02f, calls.get(10_000).alpha(), 1e-7);
        assertEquals(0.01f, calls.get(29_999).alpha(), 1e-7);
    }

    @Test
    void skipGramTouchesOnlyTheContextRowsWithinTheSpan() {
        int dim = 3;
        float[] input = Fixtures.randomRows(7 * dim, 1);
        float[] before = input.clone();
        var output = new OutputLayer(dim, null, null, Fixtures.randomRows(7 * dim, 2), 2,
                NoiseSampler.of(new double[] {1, 1, 1, 1, 1, 1, 1}), 0);
        new SkipGram(input, dim, output).train(new int[] {0, 1, 2, 3, 4, 5, 6}, 7, 3, 2, 0.1f, new Lcg(1));
        for (int w = 0; w < 7; w++) {
            float[] row = Arrays.copyOfRange(input, w * dim, w * dim + dim);
            float[] old = Arrays.copyOfRange(before, w * dim, w * dim + dim);
            if (w == 1 || w == 2 || w == 4 || w == 5) {
                assertTrue(!Arrays.equals(old, row), "context row " + w + " moves");
            } else {
                assertArrayEquals(old, row, "row " + w + " is outside the span or the centre");
            }
        }
    }
}
