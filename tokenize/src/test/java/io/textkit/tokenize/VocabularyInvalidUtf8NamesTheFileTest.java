package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing finding: a vocabulary file with invalid UTF-8 failed with the decoder's bare
 * "Input length = 1", naming neither the file nor the line.
 */
class VocabularyInvalidUtf8NamesTheFileTest {
    @TempDir
    Path dir;

    @Test
    void invalidUtf8IsReportedWithTheFileAndLine() throws IOException {
        Path file = dir.resolve("vocab.txt");
        byte[] good = "textkit-vocabulary\t1\nok\t2\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, '(', '\t', '1', '\n'};
        byte[] bytes = Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, bytes, good.length, bad.length);
        Files.write(file, bytes);
        IOException e = assertThrows(IOException.class, () -> Vocabulary.load(file));
        assertTrue(e.getMessage().startsWith(file + ": not valid UTF-8 text, at line "), e.getMessage());
    }
}
