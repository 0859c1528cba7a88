package io.textkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrongKindIsRefusedTest {
    @TempDir
    Path dir;

    @Test
    void readingForOneKindRefusesAnotherNamingBoth() throws IOException {
        Path file = dir.resolve("vectors.tkm");
        ModelFileWriter.write(file, ModelFileFixtures.sample("word2vec"));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFileReader.read(file, "textcnn"));

        assertEquals(file + " holds a 'word2vec' model, not the 'textcnn' model that was expected", e.getMessage());
    }

    @Test
    void readingForTheRightKindOrAnyKindSucceeds() throws IOException {
        Path file = dir.resolve("vectors.tkm");
        ModelFileWriter.write(file, ModelFileFixtures.sample("word2vec"));

        assertEquals("word2vec", ModelFileReader.read(file, "word2vec").kind());
        assertEquals("word2vec", ModelFileReader.read(file).kind());
    }

    @Test
    void theKindIsReadFromTheHeaderAlone() throws IOException {
        Path file = dir.resolve("vectors.tkm");
        ModelFileWriter.write(file, ModelFileFixtures.sample("word2vec"));
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 8);
        }

        assertEquals("word2vec", ModelFileReader.kind(file), "a damaged tensor section does not matter here");
        assertThrows(ModelFileException.class, () -> ModelFileReader.read(file));
    }
}
