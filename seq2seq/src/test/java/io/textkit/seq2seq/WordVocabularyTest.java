package io.textkit.seq2seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.tokenize.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word-level side vocabulary: ids, unknown words, specials left out of decoding, and its JSON round trip. */
class WordVocabularyTest {
    private final WordVocabulary vocabulary = WordVocabulary.build(List.of("a dog runs", "a cat  runs", "a bird"), 2);

    @Test
    void decodingAnEncodedSentenceOfKnownWordsGivesItBackWithWhitespaceNormalised() {
        assertEquals("a runs a", vocabulary.decode(vocabulary.encode("  a   runs\ta ")));
    }

    @Test
    void wordsBelowTheMinimumCountBecomeUnknown() {
        int[] ids = vocabulary.encode("a dog");
        assertEquals(vocabulary.unk(), ids[1]);
        assertEquals("a <unk>", vocabulary.decode(ids));
    }

    @Test
    void decodingLeavesOutPaddingAndSentenceBoundaries() {
        int a = vocabulary.encode("a")[0];
        assertEquals("a", vocabulary.decode(new int[] {vocabulary.bos(), a, vocabulary.eos(), vocabulary.pad()}));
    }

    @Test
    void jsonRoundTripKeepsEveryId() {
        TokenVocabulary back = TokenVocabulary.fromJson(vocabulary.toJson());
        assertEquals(vocabulary.size(), back.size());
        assertArrayEquals(vocabulary.encode("a runs dog"), back.encode("a runs dog"));
    }

    @Test
    void aVocabularyWithoutTheTranslationSpecialsIsRefusedNamingThem() {
        Vocabulary.Counter counter = Vocabulary.counter();
        counter.add("word");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WordVocabulary.of(counter.build(1, 0, List.of(Vocabulary.UNK))));
        assertTrue(e.getMessage().contains("<pad>"), e.getMessage());
    }

    @Test
    void anUnknownVocabularyTypeIsRefusedNamingIt() {
        var json = vocabulary.toJson().put("type", "bpe-9");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenVocabulary.fromJson(json));
        assertTrue(e.getMessage().contains("bpe-9"), e.getMessage());
    }
}
