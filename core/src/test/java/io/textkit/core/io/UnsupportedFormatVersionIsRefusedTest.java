package io.textkit.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsupportedFormatVersionIsRefusedTest {
    @TempDir
    Path dir;

    private String refusalOfVersion(int version) throws IOException {
        Path file = dir.resolve("v" + version + ".tkm");
        Files.write(file, ModelFileFixtures.craft(version, "{}", new byte[0]));
        return assertThrows(ModelFileException.class, () -> ModelFileReader.read(file)).getMessage();
    }

    @Test
    void aNewerVersionIsRefusedNamingBothVersions() throws IOException {
        String message = refusalOfVersion(2);

        assertTrue(message.contains("uses model format version 2"), message);
        assertTrue(message.contains("reads only version 1"), message);
        assertTrue(message.contains("newer textkit"), message);
    }

    @Test
    void aVersionThatNeverExistedIsRefusedWithoutBlamingANewerTextkit() throws IOException {
        String message = refusalOfVersion(0);

        assertTrue(message.contains("uses model format version 0"), message);
        assertFalse(message.contains("newer"), message);
    }

    @Test
    void theVersionIsCheckedBeforeTheRestOfTheLayout() throws IOException {
        Path file = dir.resolve("future.tkm");
        byte[] future = ModelFileFixtures.craft(7, "not json in version 7", new byte[0]);
        Files.write(file, Arrays.copyOf(future, 12));

        String message = assertThrows(ModelFileException.class, () -> ModelFileReader.read(file)).getMessage();

        assertTrue(message.contains("version 7"), message);
    }
}
