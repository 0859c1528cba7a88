package io.textkit.seq2seq.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * chrF equals sacrebleu's on the expected values of sacrebleu's own tests: github.com/mjpost/sacrebleu,
 * {@code test/test_chrf.py} (sacrebleu 2.x: {@code test_cases}, {@code test_cases_effective_order},
 * {@code test_cases_keep_whitespace}, {@code test_sentence_level_chrf}), asserted there to within 1e-4.
 * Those tests set beta = 3 and switch eps smoothing on and off; the default chrF2 (beta 2, effective
 * order) is the same code with the other beta.
 */
class SacrebleuChrfTest {
    private static final double EPSILON = 1e-4;

    private static double chrf3(boolean eps, boolean whitespace, String hyp, String ref) {
        return new Chrf(6, 3, whitespace, eps, false).corpus(List.of(hyp), List.of(List.of(ref)));
    }

    @Test
    void epsSmoothingCases() {
        assertEquals(0.0, chrf3(true, false, "abcdefg", "hijklmnop"), EPSILON);
        assertEquals(0.0, chrf3(true, false, "a", "b"), EPSILON);
        assertEquals(0.0, chrf3(true, false, "", "b"), EPSILON);
        assertEquals(0.0, chrf3(true, false, "", "ref"), EPSILON);
        assertEquals(0.0, chrf3(true, false, "", "reference"), EPSILON);
        assertEquals(8.3333, chrf3(true, false, "aa", "ab"), EPSILON);
        assertEquals(16.6667, chrf3(true, false, "a", "a"), EPSILON);
        assertEquals(50.0, chrf3(true, false, "a b c", "a b c"), EPSILON);
        assertEquals(50.0, chrf3(true, false, "a b c", "abc"), EPSILON);
        assertEquals(63.361730, chrf3(true, false,
                " risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
                "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ."),
                EPSILON);
        assertEquals(64.1302698, chrf3(true, false,
                " Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. ",
                "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."), EPSILON);
        assertEquals(100.0, chrf3(true, false,
                "Niemand hat die Absicht, eine Mauer zu errichten", "Niemand hat die Absicht, eine Mauer zu errichten"),
                EPSILON);
        Chrf chrf = new Chrf(6, 3, false, true, false);
        assertEquals(8.3333, chrf.corpus(List.of("a", "b"), List.of(List.of("a", "c"))), EPSILON);
    }

    @Test
    void effectiveOrderCases() {
        assertEquals(100.0, chrf3(false, false, "a", "a"), EPSILON);
        assertEquals(0.0, chrf3(false, false, "", "reference"), EPSILON);
        assertEquals(100.0, chrf3(false, false, "a b c", "a b c"), EPSILON);
        assertEquals(100.0, chrf3(false, false, "a b c", "abc"), EPSILON);
        assertEquals(0.0, chrf3(false, false, "", "c"), EPSILON);
        assertEquals(25.0, chrf3(false, false, "aa", "ab"), EPSILON);
        Chrf chrf = new Chrf(6, 3, false, false, false);
        assertEquals(50.0, chrf.corpus(List.of("a", "b"), List.of(List.of("a", "c"))), EPSILON);
    }

    @Test
    void keepWhitespaceCases() {
        assertEquals(67.3481606, chrf3(false, true,
                "Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.",
                "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."), EPSILON);
        assertEquals(65.2414427, chrf3(false, true,
                "risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
                "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ."),
                EPSILON);
    }

    @Test
    void sentenceLevelChrf2Cases() {
        Chrf chrf2 = new Chrf(6, 2, false, true, false);
        assertEquals(39.14078509, chrf2.sentence(
                "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.",
                List.of("Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.")), EPSILON);
        assertEquals(31.22557079, chrf2.sentence(
                "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.",
                List.of("A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.")), EPSILON);
        assertEquals(57.15704367, chrf2.sentence(
                "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.",
                List.of("Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.")), EPSILON);
    }

    @Test
    void bestReferenceCountsWithSeveralReferences() {
        Chrf chrf = Chrf.sacrebleuDefault();
        double good = chrf.sentence("the cat sat", List.of("the cat sat"));
        double withWorse = chrf.sentence("the cat sat", List.of("a dog stood", "the cat sat"));
        assertEquals(100.0, good, 1e-12);
        assertEquals(good, withWorse, 1e-12);
    }
}
