package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTokenizerTest {

    @Test
    void splitsOnAnyUnicodeWhiteSpaceAndNothingElse() {
        String text = " the\tcat's\u00A0dog,\u3000猫\u2009end.\r\n\n";
        assertEquals(List.of("the", "cat's", "dog,", "猫", "end."), new WhitespaceTokenizer(false, false).tokenize(text));
    }

    @Test
    void lowercasesWhenAsked() {
        assertEquals(List.of("hello", "world"), new WhitespaceTokenizer(true, false).tokenize("Hello WORLD"));
        assertEquals(List.of("Hello", "WORLD"), new WhitespaceTokenizer(false, false).tokenize("Hello WORLD"));
    }

    @Test
    void emptyAndBlankTextGiveNoTokens() {
        assertEquals(List.of(), new WhitespaceTokenizer(true, false).tokenize(""));
        assertEquals(List.of(), new WhitespaceTokenizer(true, false).tokenize(" \t\n "));
    }

    @Test
    void streamsTenMillionTokensWithoutAList() {
        // A speed sanity check with no timing assertion: a slow splitter shows in the test time.
        String line = "the quick brown fox jumps over the lazy dog again and again ".repeat(100);
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer(true, false);
        long[] count = new long[1];
        for (int i = 0; i < 8_000; i++) {
            tokenizer.tokenize(line, token -> count[0]++);
        }
        assertEquals(8_000L * 1200, count[0]);
    }
}
