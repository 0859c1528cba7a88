package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Word2VecTextFormatTest {
    @TempDir
    Path dir;

    /** Floats that a careless writer loses: −0, subnormals, extremes, many digits, non-finite. */
    static WordVectors awkward() {
        return new WordVectors(List.of("café", "中国", "the", "</s>"), new FMatrixRMaj(new float[][] {
            {-0.0f, 0.0f, Float.MIN_VALUE},
            {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL},
            {0.1f, 1.0f / 3, -123456.79f},
            {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY},
        }));
    }

    static void assertBitExact(WordVectors expected, WordVectors actual) {
        assertEquals(expected.words(), actual.words());
        for (String word : expected.words()) {
            float[] e = expected.vector(word);
            float[] a = actual.vector(word);
            assertEquals(e.length, a.length);
            for (int j = 0; j < e.length; j++) {
                assertEquals(Float.floatToIntBits(e[j]), Float.floatToIntBits(a[j]), word + "[" + j + "]");
            }
        }
    }

    @Test
    void roundTripIsBitExact() throws IOException {
        Path file = dir.resolve("vectors.txt");
        Word2VecTextFormat.write(file, awkward());
        assertBitExact(awkward(), Word2VecTextFormat.read(file));
        assertTrue(Files.readString(file).startsWith("4 3\ncafé -0.0 0.0 1.4E-45\n"));
    }

    @Test
    void readsGensimFastTextAndNumpyStyles() throws IOException {
        // Header with extra spaces and CRLF, numpy reprs, fastText's space at the end of each line.
        Path file = write("  3   2 \r\nthe 0.1 -1e-45\r\nof nan -inf \nand 1.5E+2 .25\n\n");
        WordVectors vectors = Word2VecTextFormat.read(file);
        assertEquals(List.of("the", "of", "and"), vectors.words());
        assertArrayEquals(new float[] {0.1f, -Float.MIN_VALUE}, vectors.vector("the"));
        assertArrayEquals(new float[] {Float.NaN, Float.NEGATIVE_INFINITY}, vectors.vector("of"));
        assertArrayEquals(new float[] {150f, 0.25f}, vectors.vector("and"));
    }

    @Test
    void limitReadsTheFirstWordsAndIgnoresTheRest() throws IOException {
        Path file = write("3 1\na 1\nb 2\nc 3\n");
        assertEquals(List.of("a", "b"), Word2VecTextFormat.read(file, 2).words());
        assertEquals(List.of(), Word2VecTextFormat.read(file, 0).words());
    }

    @Test
    void aRepeatedWordKeepsItsFirstVectorAsGensimDoes() throws IOException {
        WordVectors vectors = Word2VecTextFormat.read(write("3 1\na 1\nb 2\na 3\n"));
        assertEquals(List.of("a", "b"), vectors.words());
        assertArrayEquals(new float[] {1}, vectors.vector("a"));
    }

    @Test
    void malformedFilesAreRefusedNamingTheLine() throws IOException {
        assertRefused("2 3\na 1 2 3\nb 1 2\n", "line 3: expected 3 values after 'b', found 2");
        assertRefused("2 3\na 1 2 3 4\nb 1 2 3\n", "line 2: expected 3 values after 'a', found 4");
        assertRefused("1 2\na 1 x2\n", "line 2: value 2 of 'a' is not a number: 'x2'");
        assertRefused("1 2\na 1  2\n", "two spaces in a row");
        assertRefused("1 2\na 0x1p3 1\n", "is not a number: '0x1p3'");
        assertRefused("1 2\na 1f 1\n", "is not a number: '1f'");
        assertRefused("3 1\na 1\nb 2\n", "line 4: the file ends after 2 of the 3 words");
        assertRefused("1 1\na 1\nb 2\n", "line 3: more words follow the 1 its header announces");
        assertRefused("1 2 3\na 1\n", "line 1: the header must be 'count dimension'");
        assertRefused("one two\n", "line 1: the header must be 'count dimension'");
        assertRefused("", "line 1: the file is empty");
        assertRefused("1 0\na\n", "dimension of at least 1");
        assertRefused("1 1\n 1\n", "line 2: the line starts with a space");
        assertRefused("1000000 300\na 1\n", "line 2: expected 300 values after 'a', found 1");
        assertRefused("1000000 1\na 1\n", "line 3: the file ends after 1 of the 1000000 words");
    }

    @Test
    void invalidUtf8IsRefusedOnItsOwnLine() throws IOException {
        StringBuilder text = new StringBuilder("400 1\n");
        for (int i = 0; i < 399; i++) {
            text.append("w").append(i).append(" 1\n");
        }
        byte[] valid = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(valid, valid.length + 5);
        System.arraycopy(new byte[] {'c', (byte) 0xC3, ' ', '1', '\n'}, 0, bytes, valid.length, 5);
        Path file = dir.resolve("latin1.txt");
        Files.write(file, bytes);
        Word2VecFormatException e = assertThrows(Word2VecFormatException.class, () -> Word2VecTextFormat.read(file));
        assertTrue(e.getMessage().contains("line 401: it is not valid UTF-8"), e.getMessage());
    }

    @Test
    void wordsWithWhitespaceAreRefusedAndNothingIsWritten() {
        Path file = dir.resolve("spaces.txt");
        WordVectors vectors = new WordVectors(List.of("new york", "a"), new FMatrixRMaj(2, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Word2VecTextFormat.write(file, vectors));
        assertTrue(e.getMessage().contains("word 0 'new york' contains whitespace (U+0020)"), e.getMessage());
        assertFalse(Files.exists(file));
        assertThrows(IllegalArgumentException.class, () -> Word2VecTextFormat.write(file,
                new WordVectors(List.of("tab\there"), new FMatrixRMaj(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> Word2VecTextFormat.write(file,
                new WordVectors(List.of(""), new FMatrixRMaj(1, 2))));
    }

    @Test
    void aRestrictedViewWritesOnlyItsWords() throws IOException {
        Path file = dir.resolve("top2.txt");
        Word2VecTextFormat.write(file, TinyVectors.create().restrictTo(2));
        assertEquals("2 3\nman 1.0 0.0 0.0\nwoman 0.0 1.0 0.0\n", Files.readString(file));
    }

    private void assertRefused(String content, String expected) throws IOException {
        Path file = write(content);
        Word2VecFormatException e = assertThrows(Word2VecFormatException.class, () -> Word2VecTextFormat.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "vectors", ".txt");
        Files.writeString(file, content);
        return file;
    }
}
