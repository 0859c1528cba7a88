package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceLongestMatchTest {
    private static WordPieceVocabulary vocabulary(int maxChars) {
        return WordPieceVocabulary.of(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
                "un", "##aff", "##able", "unaff", "##a", "##ble", "play", "##ing", "#", "###"), SpecialTokens.BERT, maxChars);
    }

    @Test
    void takesTheLongestPieceFirst() {
        WordPieceVocabulary wp = vocabulary(100);
        // "unaff" beats "un"; then "##able" beats "##a".
        assertEquals(List.of("unaff", "##able"), wp.encodeToStrings("unaffable"));
        assertEquals(List.of("play", "##ing", "play"), wp.encodeToStrings("playing play"));
    }

    @Test
    void aWordWithAnUncoveredPartIsOneUnk() {
        WordPieceVocabulary wp = vocabulary(100);
        assertEquals(List.of("play", "[UNK]", "un"), wp.encodeToStrings("play playx un"));
        assertEquals("play [UNK] un", wp.decode(wp.encode("play playx un")));
    }

    @Test
    void aWordLongerThanMaxCharsIsUnk() {
        WordPieceVocabulary wp = vocabulary(7);
        assertEquals(List.of("play", "##ing", "[UNK]"), wp.encodeToStrings("playing unaffable"));
    }

    @Test
    void continuationMarksSurviveTheRoundTrip() {
        WordPieceVocabulary wp = vocabulary(100);
        assertEquals(List.of("#", "###", "###"), wp.encodeToStrings("###"));
        assertEquals("### unaffable playing", wp.decode(wp.encode(" ###  unaffable\tplaying")));
    }

    @Test
    void specialIdsAreFoundByName() {
        WordPieceVocabulary wp = vocabulary(100);
        assertEquals(List.of(0, 1, 2, 3, 4), List.of(wp.padId(), wp.unkId(), wp.bosId(), wp.eosId(), wp.id("[MASK]")));
        assertEquals("play", wp.decode(new int[] {2, wp.id("play"), 3, 0, 0}));
    }

    @Test
    void learnsPiecesWithContinuationMarks() {
        // Words ab ×3, abc, bc spelled a ##b ##c; (a,##b) occurs 4 times, then (ab,##c) and
        // (b,##c) once each: ab (made after every character) loses the tie to b.
        WordPieceVocabulary wp = WordPieceVocabulary.learn(List.of("ab ab ab abc bc").iterator(),
                new SubwordSettings(5 + 5 + 3, 1, SpecialTokens.BERT), 100);
        assertEquals(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "b", "##b", "##c", "ab", "bc", "abc"),
                wp.tokens().subList(0, 12));
        assertEquals(List.of("abc", "bc", "ab", "a", "##c"), wp.encodeToStrings("abc bc ab ac"));
    }
}
