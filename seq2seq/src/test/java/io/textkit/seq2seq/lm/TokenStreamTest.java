package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.tokenize.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines become one id stream with {@code </s>} after each line and {@code <unk>} for rare words. */
class TokenStreamTest {

    @Test
    void linesEndWithEndOfSentenceAndRareWordsBecomeUnknown(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("text.txt");
        Files.writeString(text, "the cat sat\n\nthe  dog\n");
        Vocabulary vocabulary = TokenStream.vocabulary(text, 2, 0);
        assertEquals(List.of("<unk>", "</s>", "the"), vocabulary.words());
        assertArrayEquals(new int[] {2, 0, 0, 1, 1, 2, 0, 1}, TokenStream.read(text, vocabulary));
        assertArrayEquals(new int[] {2, 0}, TokenStream.encodeWords(" the cow ", vocabulary));
    }
}
