package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textkit.core.config.Configs;
import io.textkit.tokenize.TokenizerSettings.Kind;
import io.textkit.tokenize.TokenizerSettings.Stemmer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenizerSettingsJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    private static String refusal(String text) throws IOException {
        JsonNode node = json(text);
        return assertThrows(IllegalArgumentException.class, () -> TokenizerSettings.fromJson(node)).getMessage();
    }

    @Test
    void settingsRoundTripThroughJsonText() throws IOException {
        List<TokenizerSettings> all = List.of(
                Configs.with(TokenizerSettings.of("english"), Map.of("stopwords", true, "stemmer", Stemmer.ENGLISH,
                        "nfkc", true)),
                Configs.with(TokenizerSettings.of(Kind.CHINESE), "stemmer", Stemmer.PORTER),
                Configs.with(TokenizerSettings.of("whitespace"), "lowercase", false),
                TokenizerSettings.of("characters"));
        for (TokenizerSettings settings : all) {
            String text = MAPPER.writeValueAsString(settings.toJson());
            assertEquals(settings, TokenizerSettings.fromJson(json(text)), text);
            assertEquals(settings, MAPPER.readValue(text, TokenizerSettings.class), text);
        }
        assertEquals("{\"kind\":\"english\",\"lowercase\":true,\"stopwords\":true,\"stemmer\":\"english\",\"nfkc\":true}",
                MAPPER.writeValueAsString(all.get(0).toJson()));
    }

    @Test
    void missingFieldsTakeTheDefaults() throws IOException {
        assertEquals(TokenizerSettings.of("whitespace"), TokenizerSettings.fromJson(json("{\"kind\":\"whitespace\"}")));
    }

    @Test
    void unknownKindIsRefusedListingTheKnownOnes() throws IOException {
        String message = refusal("{\"kind\":\"klingon\"}");
        assertTrue(message.contains("unknown tokenizer kind 'klingon'"), message);
        assertTrue(message.contains("english, chinese, whitespace, characters"), message);
    }

    @Test
    void unknownFieldMissingKindAndInapplicableOptionsAreRefused() throws IOException {
        String unknown = refusal("{\"kind\":\"english\",\"lemmatize\":true}");
        assertTrue(unknown.contains("lemmatize"), unknown);
        String missing = refusal("{\"lowercase\":true}");
        assertTrue(missing.contains("kind"), missing);
        String stemmer = refusal("{\"kind\":\"english\",\"stemmer\":\"snowball\"}");
        assertTrue(stemmer.contains("unknown stemmer 'snowball'"), stemmer);
        String stop = refusal("{\"kind\":\"whitespace\",\"stopwords\":true}");
        assertTrue(stop.contains("no stop words"), stop);
        String chinese = refusal("{\"kind\":\"chinese\",\"lowercase\":false}");
        assertTrue(chinese.contains("always lower-cases"), chinese);
    }
}
