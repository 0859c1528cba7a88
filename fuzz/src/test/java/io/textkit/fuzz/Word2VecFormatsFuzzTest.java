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
 * format and read back unchanged (the words, and every value bit for bit).
 */
class Word2VecFormatsFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readText(byte[] bytes) {
        Outcome.resultOrClear(() -> {
            WordVectors vectors = Word2VecTextFormat.read(Scratch.file("vectors.vec", bytes));
            Path copy = Scratch.file("copy.vec", new byte[0]);
            Word2VecTextFormat.write(copy, vectors);
            assertSameVectors(vectors, Word2VecTextFormat.read(copy));
        }, "vectors.vec", Word2VecFormatException.class);
    }

    @FuzzTest(maxDuration = "10s")
    void readBinary(byte[] bytes) {
        Outcome.resultOrClear(() -> {
            WordVectors vectors = Word2VecBinaryFormat.read(Scratch.file("vectors.bin", bytes));
            Path copy = Scratch.file("copy.bin", new byte[0]);
            Word2VecBinaryFormat.write(copy, vectors);
            assertSameVectors(vectors, Word2VecBinaryFormat.read(copy));
        }, "vectors.bin", Word2VecFormatException.class);
    }

    static void assertSameVectors(WordVectors expected, WordVectors actual) {
        assertEquals(expected.words(), actual.words());
        assertEquals(expected.dimension(), actual.dimension());
        for (String word : expected.words()) {
            assertArrayEquals(expected.vector(word), actual.vector(word), () -> "the vector of " + word);
        }
    }
}
