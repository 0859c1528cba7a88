package io.textkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForeignFileIsRefusedTest {
    @TempDir
    Path dir;

    private String refusalOf(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFileReader.read(file));
        assertEquals(file, e.file());
        return e.getMessage();
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() throws IOException {
        assertEquals(dir.resolve("empty.tkm") + " is empty, not a textkit model file",
                refusalOf("empty.tkm", new byte[0]));
    }

    @Test
    void randomBytesAreNotAModelFile() throws IOException {
        byte[] noise = new byte[1000];
        new Random(7).nextBytes(noise);
        noise[0] = 0;

        assertEquals(dir.resolve("noise.bin") + " is not a textkit model file", refusalOf("noise.bin", noise));
    }

    @Test
    void aWord2vecFileIsRecognisedInTheMessage() throws IOException {
        byte[] vectors = "2 3\nthe 0.1 0.2 0.3\ncat 0.4 0.5 0.6\n".getBytes(StandardCharsets.US_ASCII);

        assertEquals(dir.resolve("x.bin") + " is not a textkit model file (it may be a word2vec file)",
                refusalOf("x.bin", vectors));
    }

    @Test
    void aTextFileIsRecognisedInTheMessage() throws IOException {
        byte[] text = "The quick brown fox jumps over the lazy dog.\n".getBytes(StandardCharsets.UTF_8);

        assertEquals(dir.resolve("notes.txt") + " is not a textkit model file (it may be a text file)",
                refusalOf("notes.txt", text));
    }

    @Test
    void aFileShorterThanTheMagicIsNotAModelFile() throws IOException {
        assertEquals(dir.resolve("hi.txt") + " is not a textkit model file (it may be a text file)",
                refusalOf("hi.txt", "hi".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aGzippedFileIsRecognisedInTheMessage() throws IOException {
        byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3};

        assertEquals(dir.resolve("model.tkm.gz") + " is not a textkit model file (it may be a gzip-compressed file)",
                refusalOf("model.tkm.gz", gzip));
    }
}
