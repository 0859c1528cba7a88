package io.textkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.textkit.embed.Word2VecBinaryFormat;
import io.textkit.embed.Word2VecFormatException;
import io.textkit.embed.Word2VecTextFormat;
import io.textkit.embed.WordVectors;
import java.nio.file.Path;

/**
 * Fuzzes the word2vec text and binary readers: any file must be read or refused with a
 * {@link Word2VecFormatException} naming it, and vectors that were read must be written in the same
 * format and read back unchanged (the words, and every value bit for bit). Like gensim, the readers
 * end a word only at a space, so a word may hold a tab or another whitespace character, which the
 * writers refuse with an IllegalArgumentException saying so: such vectors are read but not written
 * back, by design.
 */
class Word2VecFormatsFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readText(byte[] bytes) {
        Outcome.resultOrClear(() -> {
            WordVectors vectors = Word2VecTextFormat.read(Scratch.file("vectors.vec", bytes));
            Path copy = Scratch.file("copy.vec", new byte[0]);
            if (writable(vectors)) {
                Word2VecTextFormat.write(copy, vectors);
                assertSameVectors(vectors, Word2VecTextFormat.read(copy));
            }
        }, "vectors.vec", Word2VecFormatException.class);
    }

    @FuzzTest(maxDuration = "10s")
    void readBinary(byte[] bytes) {
        Outcome.resultOrClear(() -> {
            WordVectors vectors = Word2VecBinaryFormat.read(Scratch.file("vectors.bin", bytes));
            Path copy = Scratch.file("copy.bin", new byte[0]);
            if (writable(vectors)) {
                Word2VecBinaryFormat.write(copy, vectors);
                assertSameVectors(vectors, Word2VecBinaryFormat.read(copy));
            }
        }, "vectors.bin", Word2VecFormatException.class);
    }

    /** Whether the writers take every word: none empty, none holding whitespace. */
    private static boolean writable(WordVectors vectors) {
        for (String word : vectors.words()) {
            if (word.isEmpty() || word.codePoints().anyMatch(Character::isWhitespace)) {
                return false;
            }
        }
        return true;
    }

    static void assertSameVectors(WordVectors expected, WordVectors actual) {
        assertEquals(expected.words(), actual.words());
        assertEquals(expected.dimension(), actual.dimension());
        for (String word : expected.words()) {
            assertArrayEquals(expected.vector(word), actual.vector(word), () -> "the vector of " + word);
        }
    }
}
