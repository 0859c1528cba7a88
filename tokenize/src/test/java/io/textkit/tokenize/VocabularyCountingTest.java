package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyCountingTest {

    private static Vocabulary.Counter count(String text) {
        Vocabulary.Counter counter = Vocabulary.counter();
        counter.addAll(Arrays.asList(text.split(" ")));
        return counter;
    }

    // the ×4, cat ×2, sat ×2 (cat seen first), on ×1, mat ×1, a ×1 (on, mat, a in order of first occurrence)
    private static final String TEXT = "the cat sat on the mat the sat cat a the";

    @Test
    void idsFollowDecreasingCountWithTiesInFirstOccurrenceOrder() {
        Vocabulary.Counter counter = count(TEXT);
        assertEquals(6, counter.distinct());
        assertEquals(11, counter.total());
        Vocabulary vocabulary = counter.build(1, 0, List.of());
        assertEquals(List.of("the", "cat", "sat", "on", "mat", "a"), vocabulary.words());
        assertEquals(4, vocabulary.count(0));
        assertEquals(2, vocabulary.count(vocabulary.id("sat")));
        assertEquals(11, vocabulary.totalCount());
        assertEquals(-1, vocabulary.id("dog"));
        assertEquals("mat", vocabulary.word(4));
    }

    @Test
    void minCountPrunesRareWordsAndTheirCounts() {
        Vocabulary vocabulary = count(TEXT).build(2, 0, List.of());
        assertEquals(List.of("the", "cat", "sat"), vocabulary.words());
        assertEquals(8, vocabulary.totalCount());
    }

    @Test
    void withWordsAppendsTheMissingOnesCountedOnceAndKeepsTheIds() {
        Vocabulary vocabulary = count(TEXT).build(2, 0, List.of(Vocabulary.UNK));
        Vocabulary extended = vocabulary.withWords(List.of("dog", "cat", "on", "dog", "<unk>"));
        assertEquals(List.of("<unk>", "the", "cat", "sat", "dog", "on"), extended.words());
        assertEquals(4, extended.count(extended.id("the")));
        assertEquals(1, extended.count(extended.id("dog")));
        assertEquals(1, extended.count(extended.id("on")));
        assertEquals(1, extended.specialCount());
        assertEquals(10, extended.totalCount());
        assertEquals(extended.words(), Vocabulary.fromJson(extended.toJson()).words());
        assertSame(vocabulary, vocabulary.withWords(List.of("cat", "the")));
    }

    @Test
    void specialsComeFirstWithCountZeroAndMaxSizeIncludesThem() {
        Vocabulary vocabulary = count(TEXT).build(1, 4, List.of(Vocabulary.PAD, Vocabulary.UNK));
        assertEquals(List.of("<pad>", "<unk>", "the", "cat"), vocabulary.words());
        assertEquals(List.of("<pad>", "<unk>"), vocabulary.specials());
        assertEquals(0, vocabulary.count(0));
        assertEquals(0, vocabulary.count(1));
        assertEquals(6, vocabulary.totalCount());
        assertEquals(1, vocabulary.id("unseen", vocabulary.id(Vocabulary.UNK)));
    }

    @Test
    void specialSeenInTheTextKeepsItsSpecialIdAndIsNotCounted() {
        Vocabulary vocabulary = count("</s> a b a </s> </s>").build(1, 0, List.of(Vocabulary.EOS));
        assertEquals(List.of("</s>", "a", "b"), vocabulary.words());
        assertEquals(0, vocabulary.count(0));
        assertEquals(3, vocabulary.totalCount());
    }

    @Test
    void mergingShardCountersEqualsCountingTheWholeStream() {
        Vocabulary.Counter whole = count(TEXT);
        Vocabulary.Counter first = count("the cat sat on the");
        Vocabulary.Counter second = count("mat the sat cat a the");
        first.merge(second);
        assertEquals(whole.total(), first.total());
        assertEquals(whole.distinct(), first.distinct());
        assertEquals(whole.build(1, 0, List.of()).words(), first.build(1, 0, List.of()).words());
    }

    @Test
    void wordsListCannotBeModified() {
        List<String> words = count(TEXT).build(1, 0, List.of()).words();
        assertThrows(UnsupportedOperationException.class, () -> words.set(0, "x"));
    }

    @Test
    void badBuildArgumentsAreRefused() {
        Vocabulary.Counter counter = count(TEXT);
        assertThrows(IllegalArgumentException.class, () -> counter.build(1, 1, List.of(Vocabulary.PAD, Vocabulary.UNK)));
        assertThrows(IllegalArgumentException.class, () -> counter.build(1, 0, List.of(Vocabulary.PAD, Vocabulary.PAD)));
    }

    @Test
    void oneMillionDistinctWordsCountQuickly() {
        Vocabulary.Counter counter = Vocabulary.counter();
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < 1_000_000; i++) {
                counter.add(Integer.toString(i % (pass + 1) == 0 ? i : 7));
            }
        }
        assertEquals(1_000_000, counter.distinct());
        Vocabulary vocabulary = counter.build(1, 0, List.of());
        assertEquals(1_000_000, vocabulary.size());
        assertEquals("7", vocabulary.word(0));
        assertEquals(999_999, vocabulary.huffmanTree().innerNodes());
    }
}
