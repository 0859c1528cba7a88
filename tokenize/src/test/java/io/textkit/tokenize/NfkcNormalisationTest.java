package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.config.Configs;
import java.util.List;
import org.junit.jupiter.api.Test;

class NfkcNormalisationTest {

    @Test
    void fullwidthLettersAndLigaturesFoldForEveryKind() {
        for (String kind : List.of("english", "whitespace", "characters")) {
            Tokenizer tokenizer = Configs.with(TokenizerSettings.of(kind), "nfkc", true).create();
            assertEquals(List.of("abc", "fine"), tokenizer.tokenize("ＡＢＣ ﬁne"), kind);
        }
        assertEquals(List.of("abc", "fine"), Configs.with(TokenizerSettings.of("chinese"), "nfkc",
                true).create().tokenize("ＡＢＣ ﬁne"));
    }

    @Test
    void withoutNfkcTheFormsAreKept() {
        assertEquals(List.of("ａｂｃ", "ﬁne"), TokenizerSettings.of("english").create().tokenize("ＡＢＣ ﬁne"));
        assertEquals(List.of("ａｂｃ", "ﬁne"), TokenizerSettings.of("whitespace").create().tokenize("ＡＢＣ ﬁne"));
    }

    @Test
    void fullwidthPunctuationFoldsInTheCharacterTokenizer() {
        assertEquals(List.of("真", "的", "!", "nlp"), new CharacterTokenizer(true, true).tokenize("真的！ＮＬＰ"));
    }
}
