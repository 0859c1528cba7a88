package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merge order on corpora small enough to count by hand (worked out in the comments). */
class BpeLearnsKnownMergesTest {
    private static List<String> merges(BpeVocabulary bpe) {
        List<String> merges = new ArrayList<>();
        for (int rank = 0; rank < bpe.mergeCount(); rank++) {
            merges.add(bpe.merge(rank));
        }
        return merges;
    }

    private static BpeVocabulary learn(String text, int size, long minFrequency) {
        return BpeVocabulary.learn(List.of(text).iterator(), new SubwordSettings(size, minFrequency, SpecialTokens.SENTENCEPIECE));
    }

    @Test
    void mergesMostFrequentPairFirstAndBreaksTiesBySmallerIds() {
        // Words ▁ab ×3, ▁abc, ▁bc. Alphabet ids in code point order: a, b, c, ▁.
        // (▁,a) and (a,b) both occur 4 times: a's id is smaller, so "a b" first; then (▁,ab) 4.
        // Then (▁ab,c), (▁,b), (b,c) once each: b has the smallest id, so "b c"; then (▁,bc)
        // beats (▁ab,c) because ▁ was made before ▁ab.
        BpeVocabulary bpe = learn("ab ab ab abc bc", 100, 1);
        assertEquals(List.of("a b", "▁ ab", "b c", "▁ bc", "▁ab c"), merges(bpe));
        assertEquals(List.of("<pad>", "<unk>", "<s>", "</s>", "a", "b", "c", "▁", "ab", "▁ab", "bc", "▁bc", "▁abc"),
                bpe.tokens());
    }

    @Test
    void stopsAtMinimumFrequency() {
        assertEquals(List.of("a b", "▁ ab"), merges(learn("ab ab ab abc bc", 100, 2)));
    }

    @Test
    void stopsAtVocabularySize() {
        // 4 specials + 4 characters leave room for 2 new pieces in 10 ids.
        BpeVocabulary bpe = learn("ab ab ab abc bc", 10, 1);
        assertEquals(List.of("a b", "▁ ab"), merges(bpe));
        assertEquals(10, bpe.size());
    }

    @Test
    void countsOverlappingPairsOnceEach() {
        // ▁aaaa: (a,a) occurs 3 times but merges twice, leaving ▁ aa aa; the pair (aa,aa) occurs
        // once, ties with (▁,aa), and ▁ (id 1) precedes aa (id 2).
        assertEquals(List.of("a a", "▁ aa", "▁aa aa"), merges(learn("aaaa", 100, 1)));
    }

    @Test
    void neverMergesLettersWithDigitsOrPunctuation() {
        BpeVocabulary bpe = learn("a1 a1 a1 b. b. b.", 100, 1);
        assertEquals(List.of("▁ a", "▁ b"), merges(bpe));
        assertEquals(List.of("▁a", "1", "▁b", "."), bpe.encodeToStrings("a1 b."));
    }
}
