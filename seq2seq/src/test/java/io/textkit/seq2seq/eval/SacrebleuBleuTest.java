package io.textkit.seq2seq.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.seq2seq.eval.Bleu.Smoothing;
import io.textkit.seq2seq.eval.Bleu.Tokenization;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BLEU equals sacrebleu's on the expected values of sacrebleu's own tests: github.com/mjpost/sacrebleu,
 * {@code test/test_bleu.py} of sacrebleu 2.x ({@code test_corpus_bleu_cases}, {@code test_raw_bleu_cases},
 * {@code test_case_effective_order}, {@code test_case_offset}, {@code test_case_statistics},
 * {@code test_case_scoring}, {@code test_case_degenerate_stats}),
 * where sacrebleu asserts them to within 1e-8.
 */
class SacrebleuBleuTest {
    private static final double EPSILON = 1e-8;

    /** sacrebleu's README example: three sentences, two reference sets. */
    private static final List<List<String>> REFS = List.of(
            List.of("The dog bit the man.", "It was not unexpected.", "The man bit him first."),
            List.of("The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."));
    private static final List<String> HYPS = List.of("The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");

    /** sacrebleu's {@code raw_corpus_bleu}: no tokenisation, floor smoothing, effective order. */
    private static double raw(List<String> hyps, List<String> refs, double floor) {
        return new Bleu(Tokenization.NONE, Smoothing.FLOOR, floor, false, true).corpus(hyps, List.of(refs)).score() / 100;
    }

    @Test
    void defaultCorpusBleuOfTheReadmeExample() {
        assertEquals(48.530827, Bleu.sacrebleuDefault().corpus(HYPS, REFS).score(), EPSILON);
    }

    @Test
    void emptyHypothesesScoreZero() {
        assertEquals(0.0, Bleu.sacrebleuDefault().corpus(List.of("", "", ""), REFS).score(), EPSILON);
    }

    @Test
    void tokenizationAndSmoothingVariants() {
        assertEquals(49.1919566, new Bleu(Tokenization.NONE, Smoothing.EXP, 0.1, false, false).corpus(HYPS, REFS).score(), EPSILON);
        assertEquals(48.530827, new Bleu(Tokenization.THIRTEEN_A, Smoothing.NONE, 0.1, false, false).corpus(HYPS, REFS).score(), EPSILON);
    }

    @Test
    void rawCorpusBleuCases() {
        // No match at all scores 0 since sacrebleu 2 (its issue #141), smoothing or not.
        assertEquals(0.0, raw(List.of("this is a test", "another test"), List.of("ref1", "ref2"), 0.01), EPSILON);
        assertEquals(1.0, raw(List.of("this is a test"), List.of("this is a test"), 0.01), EPSILON);
        assertEquals(0.223606797749979, raw(List.of("this is a fest"), List.of("this is a test"), 0.01), EPSILON);
    }

    @Test
    void effectiveOrderCases() {
        assertEquals(0.3678794411714425, raw(List.of("test"), List.of("a test"), 0.01), EPSILON);
        assertEquals(1.0, raw(List.of("a test"), List.of("a test"), 0.01), EPSILON);
        assertEquals(0.03218297948685433, raw(List.of("a little test"), List.of("a test"), 0.01), EPSILON);
    }

    @Test
    void floorSmoothingOffsets() {
        List<String> hyp = List.of("am I am a character sequence");
        List<String> ref = List.of("I am a symbol string sequence a a");
        assertEquals(0.1555722182, raw(hyp, ref, 0.1), EPSILON);
        assertEquals(0.0, raw(hyp, ref, 0.0), EPSILON);
    }

    @Test
    void degenerateStatisticsScoreZero() {
        Bleu floor = new Bleu(Tokenization.NONE, Smoothing.FLOOR, 0.0, false, false);
        assertEquals(0.0, floor.score(new long[] {0, 0, 0, 0}, new long[] {4, 4, 2, 1}, 0, 1).score());
        assertEquals(0.0, floor.score(new long[] {0, 0, 0, 0}, new long[] {0, 0, 0, 0}, 0, 0).score());
        assertEquals(0.0, floor.score(new long[] {6, 5, 4, 0}, new long[] {6, 5, 4, 3}, 6, 6).score());
        Bleu floorTenth = new Bleu(Tokenization.NONE, Smoothing.FLOOR, 0.1, false, false);
        assertEquals(0.0, floorTenth.score(new long[] {0, 0, 0, 0}, new long[] {0, 0, 0, 0}, 0, 0).score());
    }

    @Test
    void statisticsAndScoreFromStatistics() {
        BleuScore s = new Bleu(Tokenization.NONE, Smoothing.FLOOR, 0.01, false, true)
                .corpus(List.of("am I am a character sequence"), List.of(List.of("I am a symbol string sequence a a")));
        assertArrayEquals(new long[] {4, 2, 1, 0}, s.correct());
        assertArrayEquals(new long[] {6, 5, 4, 3}, s.total());
        // compute_bleu's own default is no smoothing.
        Bleu plain = new Bleu(Tokenization.NONE, Smoothing.NONE, 0, false, false);
        assertEquals(0.8375922397, plain.score(new long[] {9, 7, 5, 3}, new long[] {10, 8, 6, 4}, 11, 11).score() / 100, EPSILON);
    }

    @Test
    void summaryLineAsSacrebleuPrintsIt() {
        String line = Bleu.sacrebleuDefault().corpus(HYPS, REFS).toString();
        assertEquals("BLEU = 48.53", line.substring(0, 12));
    }
}
