package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubwordTextNormalisationTest {
    @Test
    void collapsesWhitespaceAndTrims() {
        assertEquals("a b c", SubwordText.normalize(" \ta \r\n b\u00a0\u2003c  "));
        assertEquals("", SubwordText.normalize(" \t\n"));
    }

    @Test
    void appliesNfkcAndTreatsTheMarkerAsSpace() {
        assertEquals("fi 1\u20444 x y", SubwordText.normalize("\ufb01 \u00bc x\u2581y"));
    }

    @Test
    void returnsNormalTextItself() {
        String text = "already normal text";
        assertSame(text, SubwordText.normalize(text));
    }

    @Test
    void countsWordsOfEachLine() {
        Vocabulary.Counter counter = Vocabulary.counter();
        SubwordText.countWords(List.of("a b  a", " b\tc ").iterator(), counter);
        assertEquals(List.of(2L, 2L, 1L), List.of(counter.count("a"), counter.count("b"), counter.count("c")));
    }
}
