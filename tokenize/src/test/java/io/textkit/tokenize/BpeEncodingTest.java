package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BpeEncodingTest {
    /** Merges "a b", "▁ ab", "b c", "▁ bc", "▁ab c" (see BpeLearnsKnownMergesTest). */
    private static final BpeVocabulary BPE = BpeVocabulary.learn(List.of("ab ab ab abc bc").iterator(),
            new SubwordSettings(100, 1, SpecialTokens.SENTENCEPIECE));

    @Test
    void appliesMergesByRank() {
        assertEquals(List.of("▁abc", "▁bc", "▁ab"), BPE.encodeToStrings("abc bc ab"));
        // ▁ c a b: only (a,b) has a rank; "▁ c" and "c ab" were never learned.
        assertEquals(List.of("▁", "c", "ab"), BPE.encodeToStrings("cab"));
        // ▁ a b c b c: "a b" (rank 0) takes the first b from "b c" (rank 2); then "▁ ab",
        // "b c" on the second b, and "▁ab c" last.
        assertEquals(List.of("▁abc", "bc"), BPE.encodeToStrings("abcbc"));
    }

    @Test
    void unknownCharacterBecomesUnkAndDecodesAsIt() {
        assertEquals(List.of("▁", "<unk>", "ab"), BPE.encodeToStrings("xab"));
        assertEquals("<unk>ab <unk>", BPE.decode(BPE.encode("xab z")));
    }

    @Test
    void decodeSkipsPaddingAndSentenceMarks() {
        int[] ids = BPE.encode("ab bc");
        int[] framed = {BPE.bosId(), ids[0], ids[1], BPE.eosId(), BPE.padId()};
        assertEquals("ab bc", BPE.decode(framed));
        assertArrayEquals(new int[] {0, 1, 2, 3}, new int[] {BPE.padId(), BPE.unkId(), BPE.bosId(), BPE.eosId()});
    }

    @Test
    void roundTripGivesNormalisedText() {
        String text = "  abc\t\tbc \n cab  ";
        assertEquals("abc bc cab", BPE.decode(BPE.encode(text)));
        assertEquals(BPE.normalize(text), BPE.decode(BPE.encode(text)));
        assertEquals(0, BPE.encode(" \t ").length);
    }

    @Test
    void decodeRefusesAnIdOutsideTheVocabulary() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BPE.decode(new int[] {BPE.size()}));
        assertEquals("cannot decode id 13: the vocabulary has ids 0 to 12", e.getMessage());
    }

    @Test
    void aVeryLongWordIsSplitWithoutQuadraticWork() {
        String word = "ab".repeat(50_000);
        int[] ids = BPE.encode(word);
        assertEquals(50_000, ids.length);
        assertEquals(word, BPE.decode(ids));
    }
}
