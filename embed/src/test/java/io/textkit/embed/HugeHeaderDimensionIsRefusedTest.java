package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing findings: a word2vec header with a huge dimension made the text reader allocate a vector
 * buffer of that size (OutOfMemoryError) and the binary reader overflow {@code 4·dimension}
 * (NegativeArraySizeException). Buffers are now no longer than the file could fill, and such a
 * file fails at its first entry, which is too short.
 */
class HugeHeaderDimensionIsRefusedTest {
    @TempDir
    Path dir;

    @Test
    void textReaderRefusesADimensionTheFileCannotHold() throws IOException {
        Path file = Files.writeString(dir.resolve("huge.vec"), "2147483647 2147483647\nx 1\n");
        Word2VecFormatException e = assertThrows(Word2VecFormatException.class, () -> Word2VecTextFormat.read(file));
        assertTrue(e.getMessage().contains("huge.vec, line 2: expected 2147483647 values after 'x', found 1"),
                e.getMessage());
    }

    @Test
    void binaryReaderRefusesADimensionTheFileCannotHold() throws IOException {
        Path file = Files.write(dir.resolve("huge.bin"), "1 1000000000\nx ".getBytes(StandardCharsets.US_ASCII));
        Word2VecFormatException e = assertThrows(Word2VecFormatException.class, () -> Word2VecBinaryFormat.read(file));
        assertTrue(e.getMessage().contains("huge.bin, entry 1 at byte 13: the file ends inside the vector of 'x'"),
                e.getMessage());
    }

    @Test
    void aHeaderOfNoWordsReadsWithoutABufferOfItsDimension() throws IOException {
        Path text = Files.writeString(dir.resolve("none.vec"), "0 2000000000\n");
        Path binary = Files.writeString(dir.resolve("none.bin"), "0 2000000000\n");
        assertEquals(0, Word2VecTextFormat.read(text).size());
        assertEquals(0, Word2VecBinaryFormat.read(binary).size());
    }
}
