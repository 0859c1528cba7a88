package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class Word2VecConfigTest {
    private static String message(Word2VecConfig.Builder builder) {
        return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
    }

    @Test
    void defaultsAreTheCToolsWithTheLearningRateOfTheArchitecture() {
        var skipGram = Word2VecConfig.builder().build();
        assertEquals(100, skipGram.dimension());
        assertEquals(5, skipGram.window());
        assertEquals(5, skipGram.negative());
        assertEquals(1e-3, skipGram.sample());
        assertEquals(0.025, skipGram.alpha());
        assertEquals(0.025e-4, skipGram.minAlpha(), 1e-12);
        assertEquals(10_000, skipGram.maxSentenceLength());
        var cbow = Word2VecConfig.builder().cbow(true).build();
        assertEquals(0.05, cbow.alpha());
        assertEquals(true, cbow.cbowMean());
        assertEquals(0.01, Word2VecConfig.builder().cbow(true).alpha(0.01).build().alpha());
    }

    @Test
    void invalidValuesAreNamedWithWhatToDo() {
        var b = Word2VecConfig.builder();
        assertEquals("dimension must be at least 1, got 0", message(b.dimension(0)));
        assertEquals("word2vec needs an output layer: set hs=true, or negative to a positive number such as 5",
                message(Word2VecConfig.builder().negative(0)));
        assertEquals("sample must be in [0, 1) (0 turns subsampling off), got 1.5",
                message(Word2VecConfig.builder().sample(1.5)));
        assertEquals("minAlpha must be between 0 and alpha (0.025), got 0.5",
                message(Word2VecConfig.builder().minAlpha(0.5)));
        assertEquals("threads must be at least 1, got 0", message(Word2VecConfig.builder().threads(0)));
        assertEquals("window must be at least 1, got -1", message(Word2VecConfig.builder().window(-1)));
        assertEquals("epochs must be at least 1, got 0", message(Word2VecConfig.builder().epochs(0)));
    }

    @Test
    void roundTripsThroughJsonAndValidatesWhenRead() throws Exception {
        var mapper = new ObjectMapper();
        var config = Word2VecConfig.builder().cbow(true).hs(true).negative(0).seed(7).build();
        assertEquals(config, mapper.readValue(mapper.writeValueAsString(config), Word2VecConfig.class));
        String bad = mapper.writeValueAsString(config).replace("\"epochs\":5", "\"epochs\":0");
        var e = assertThrows(Exception.class, () -> mapper.readValue(bad, Word2VecConfig.class));
        assertEquals(true, e.getMessage().contains("epochs must be at least 1, got 0"), e.getMessage());
    }
}
