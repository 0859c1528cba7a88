package io.textkit.seq2seq.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * 13a splits symbols off words, periods and commas unless inside a number, and a dash after a digit.
 * The expected lines were checked by applying sacrebleu's four 13a regular expressions with Python's re.
 */
class Tokenizer13aTest {
    private final Tokenizer13a tokenizer = new Tokenizer13a();

    @Test
    void splitsPunctuationKeepsNumbers() {
        // The apostrophe is not among 13a's symbols.
        assertEquals("It wasn't surprising .", tokenizer.tokenize("It wasn't surprising."));
        assertEquals("It costs $ 3.50 , or 1,000 yen-2 -", tokenizer.tokenize("It costs $3.50, or 1,000 yen-2-"));
        assertEquals("\" A & B \" < c >", tokenizer.tokenize("&quot;A &amp; B&quot; &lt;c&gt;"));
        assertEquals("e . g . ( see 2 - 3 )", tokenizer.tokenize("e.g. (see 2-3)"));
    }
}
