package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.config.Configs;
import io.textkit.tokenize.TokenizerSettings.Stemmer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnglishTokenizerTest {
    private static final String FOX = "The quick brown foxes jumped over the lazy dog's back.";

    private static List<String> tokens(TokenizerSettings settings, String text) {
        return settings.create().tokenize(text);
    }

    private static final TokenizerSettings PLAIN = TokenizerSettings.of("english");

    @Test
    void lowercasesAndSplitsOnWordBoundaries() {
        assertEquals(List.of("the", "quick", "brown", "foxes", "jumped", "over", "the", "lazy", "dog's", "back"),
                tokens(PLAIN, FOX));
        assertEquals(List.of("The", "quick"), tokens(Configs.with(PLAIN, "lowercase", false), "The quick"));
    }

    @Test
    void stopWordsAreDroppedWhateverTheCase() {
        assertEquals(List.of("quick", "brown", "foxes", "jumped", "over", "lazy", "dog's", "back"),
                tokens(Configs.with(PLAIN, "stopwords", true), FOX));
        assertEquals(List.of("Quick", "Fox"), tokens(Configs.with(PLAIN, Map.of("lowercase", false, "stopwords",
                true)), "The Quick Fox"));
    }

    @Test
    void porterStemsButKeepsThePossessiveApostrophe() {
        assertEquals(List.of("the", "quick", "brown", "fox", "jump", "over", "the", "lazi", "dog'", "back"),
                tokens(Configs.with(PLAIN, "stemmer", Stemmer.PORTER), FOX));
        assertEquals(List.of("the", "run", "runner", "ran", "happili"),
                tokens(Configs.with(PLAIN, "stemmer", Stemmer.PORTER), "The running runners ran happily"));
    }

    @Test
    void englishStemmerIsLuceneEnglishAnalyzerChain() {
        TokenizerSettings english = Configs.with(PLAIN, Map.of("stopwords", true, "stemmer", Stemmer.ENGLISH));
        assertEquals(List.of("quick", "brown", "fox", "jump", "over", "lazi", "dog", "back"), tokens(english, FOX));
        assertEquals(List.of("john", "car"), tokens(english, "John's car"));
        try (var lucene = new org.apache.lucene.analysis.en.EnglishAnalyzer()) {
            assertEquals(new AnalyzerTokenizer(lucene, false).tokenize(FOX), tokens(english, FOX));
        }
    }

    @Test
    void numbersStayWholeAndPhoneNumbersSplitAtHyphens() {
        assertEquals(List.of("john's", "car", "costs", "3,500.50", "in", "2024", "call", "555", "1234"),
                tokens(PLAIN, "John's car costs $3,500.50 in 2024; call 555-1234."));
    }

    @Test
    void urlsAndEmailsAreSplitAsStandardTokenizerDoes() {
        // StandardTokenizer follows UAX #29 word boundaries: no URL or e-mail recognition.
        assertEquals(List.of("visit", "https", "example.com", "path", "q", "1", "or", "mail", "me", "example.org", "now"),
                tokens(PLAIN, "Visit https://example.com/path?q=1 or mail me@example.org now!"));
    }

    @Test
    void emptyAndBlankTextGiveNoTokens() {
        assertEquals(List.of(), tokens(PLAIN, ""));
        assertEquals(List.of(), tokens(PLAIN, "  ... !"));
    }
}
