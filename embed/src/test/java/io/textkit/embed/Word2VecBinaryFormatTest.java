package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Word2VecBinaryFormatTest {
    @TempDir
    Path dir;

    @Test
    void roundTripIsBitExactIncludingNaNPayloads() throws IOException {
        FMatrixRMaj matrix = new FMatrixRMaj(new float[][] {{Float.intBitsToFloat(0x7fc01234), -0.0f}});
        WordVectors odd = new WordVectors(List.of("ü"), matrix);
        Path file = dir.resolve("odd.bin");
        Word2VecBinaryFormat.write(file, odd);
        Word2VecTextFormatTest.assertBitExact(odd, Word2VecBinaryFormat.read(file));

        Path awkward = dir.resolve("awkward.bin");
        Word2VecBinaryFormat.write(awkward, Word2VecTextFormatTest.awkward());
        Word2VecTextFormatTest.assertBitExact(Word2VecTextFormatTest.awkward(), Word2VecBinaryFormat.read(awkward));
    }

    @Test
    void layoutIsTheCToolsWithANewlineAfterEachVector() throws IOException {
        Path file = dir.resolve("one.bin");
        Word2VecBinaryFormat.write(file, new WordVectors(List.of("é"), new FMatrixRMaj(new float[][] {{1, -2}})));
        byte[] expected = bytes("1 2\n", entry("é", 1, -2), "\n");
        assertArrayEquals(expected, Files.readAllBytes(file));
    }

    @Test
    void readsGensimFilesWithoutNewlines() throws IOException {
        Path file = file(bytes("2 2\n", entry("a", 1, 2), entry("b", 3, 4)));
        WordVectors vectors = Word2VecBinaryFormat.read(file);
        assertEquals(List.of("a", "b"), vectors.words());
        assertArrayEquals(new float[] {3, 4}, vectors.vector("b"));
    }

    @Test
    void limitStopsEarly() throws IOException {
        Path file = file(bytes("3 1\n", entry("a", 1), entry("b", 2), "\n", entry("c", 3)));
        assertEquals(List.of("a", "b"), Word2VecBinaryFormat.read(file, 2).words());
    }

    @Test
    void malformedFilesAreRefusedNamingTheEntry() throws IOException {
        byte[] good = bytes("2 2\n", entry("a", 1, 2), "\n", entry("b", 3, 4), "\n");
        assertRefused(Arrays.copyOf(good, good.length - 3), "entry 2 at byte 15: the file ends inside the vector of 'b'");
        assertRefused(bytes("3 2\n", entry("a", 1, 2), entry("b", 3, 4), "c"), "entry 3 at byte 24: the file ends inside a word");
        assertRefused(bytes("2 1\n", entry("a", 1), "\n", entry("b", 3), "\n", entry("c", 1)), "more data follows the 2 words");
        assertRefused(bytes("1 1\n", new byte[] {'c', (byte) 0xC3, ' ', 0, 0, 0, 0}), "entry 1 at byte 4: the word is not valid UTF-8");
        assertRefused(bytes("1 1\n", entry("", 1)), "the word is empty");
        assertRefused(bytes("1 1\nab\ncd 1234"), "the word contains a line break");
        assertRefused(bytes("x y\n"), "line 1: the header must be 'count dimension'");
        assertRefused(bytes("2"), "the file ends before the header line");
        assertRefused(bytes("1000 1\n", entry("a", 1)), "entry 2 at byte 13: the file ends after 1 of the 1000 words");
    }

    @Test
    void wordsWithSpacesAreRefused() {
        Path file = dir.resolve("spaces.bin");
        assertThrows(IllegalArgumentException.class, () -> Word2VecBinaryFormat.write(file,
                new WordVectors(List.of("new york"), new FMatrixRMaj(1, 2))));
        assertFalse(Files.exists(file));
    }

    private void assertRefused(byte[] content, String expected) throws IOException {
        Path file = file(content);
        Word2VecFormatException e = assertThrows(Word2VecFormatException.class, () -> Word2VecBinaryFormat.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private Path file(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "vectors", ".bin");
        Files.write(file, content);
        return file;
    }

    /** A word's UTF-8 bytes, a space and its little-endian float32 values, with no newline. */
    private static byte[] entry(String word, float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return bytes(word + " ", buffer.array());
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] b ? b : ((String) part).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
