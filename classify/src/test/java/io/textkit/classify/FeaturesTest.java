package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import io.textkit.tokenize.Tokenizer;
import io.textkit.tokenize.TokenizerSettings;
import io.textkit.tokenize.Vocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturesTest {
    private static final Tokenizer WHITESPACE = TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE).create();

    private static Vocabulary vocabulary(String... words) {
        Vocabulary.Counter counter = Vocabulary.counter();
        Arrays.stream(words).forEach(counter::add);
        return counter.build(1, 0, List.of());
    }

    @Test
    void theEndOfTextTokenIsAWordAndEndsTheLastNgram() {
        Vocabulary words = vocabulary("good", "film", Features.END_OF_TEXT);
        int[] plain = new Features(WHITESPACE, words, 2, 100, false).of("good film");
        int[] ended = new Features(WHITESPACE, words, 2, 100, true).of("good film");
        // good, film, bucket(good film)  against  good, film, </s>, bucket(good film), bucket(film </s>)
        assertEquals(3, plain.length);
        assertEquals(5, ended.length);
        assertArrayEquals(new int[] {words.id("good"), words.id("film"), words.id(Features.END_OF_TEXT)},
                Arrays.copyOf(ended, 3));
        assertEquals(plain[2], ended[3]);
        assertEquals(words.size(), Math.min(ended[4], words.size()));
    }

    @Test
    void anEmptyTextWithTheTokenStillHasOneFeature() {
        Vocabulary words = vocabulary("good", Features.END_OF_TEXT);
        assertArrayEquals(new int[0], new Features(WHITESPACE, words, 2, 100, false).of(""));
        assertArrayEquals(new int[] {words.id(Features.END_OF_TEXT)},
                new Features(WHITESPACE, words, 2, 100, true).of(""));
    }

    @Test
    void trainingPutsTheTokenInTheVocabularyOnlyWhenOn() {
        FastTextConfig small = Configs.with(FastTextConfig.defaults(), Map.of("dim", 4, "epochs", 1));
        assertTrue(new FastTextTrainer(small).train(Fixtures.randomExamples(30, 3)).words()
                .contains(Features.END_OF_TEXT));
        assertFalse(new FastTextTrainer(Configs.with(small, "endOfText", false)).train(Fixtures.randomExamples(30,
                3)).words()
                .contains(Features.END_OF_TEXT));
    }
}
