package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterTokenizerTest {

    @Test
    void cjkCharactersAloneLatinRunsAsWordsPunctuationKeptSpaceDropped() {
        assertEquals(List.of("我", "爱", "nlp", "和", "java", "21", "，", "真", "的", "！", "café", "naïve"),
                new CharacterTokenizer(true, false).tokenize("我爱NLP和Java 21，真的！ café naïve"));
    }

    @Test
    void kanaAndHangulAreCharactersToo() {
        assertEquals(List.of("ひ", "ら", "カ", "タ", "한", "국"), new CharacterTokenizer(true, false).tokenize("ひらカタ 한국"));
    }

    @Test
    void caseIsKeptWhenAsked() {
        assertEquals(List.of("我", "爱", "NLP"), new CharacterTokenizer(false, false).tokenize("我爱NLP"));
    }

    @Test
    void supplementaryHanCharactersStayWhole() {
        // U+20BB7 is a Han character outside the BMP: one token, not two surrogates.
        assertEquals(List.of("𠮷", "野", "家"), new CharacterTokenizer(true, false).tokenize("𠮷野家"));
    }
}
