package io.textkit.core.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorruptModelFileIsRefusedTest {
    @TempDir
    Path dir;

    private byte[] whole;

    @BeforeEach
    void writeAGoodFile() throws IOException {
        Path file = dir.resolve("good.tkm");
        ModelFileWriter.write(file, ModelFileFixtures.sample());
        whole = Files.readAllBytes(file);
    }

    private String refusalAfterFlipping(int offset) throws IOException {
        byte[] damaged = whole.clone();
        damaged[offset] ^= 0x10;
        Path file = dir.resolve("damaged.tkm");
        Files.write(file, damaged);
        return assertThrows(ModelFileException.class, () -> ModelFileReader.read(file)).getMessage();
    }

    @Test
    void aFlippedByteInTheTensorDataFailsTheChecksum() throws IOException {
        String message = refusalAfterFlipping(ModelFileFixtures.dataStart(whole) + 9);

        assertTrue(message.contains("is corrupt: its checksum does not match"), message);
    }

    @Test
    void aFlippedByteInTheHeaderFailsTheHeaderChecksum() throws IOException {
        String message = refusalAfterFlipping(ModelFormat.PRELUDE_BYTES + 30);

        assertTrue(message.contains("is corrupt: its header checksum does not match"), message);
    }

    @Test
    void aFlippedByteInTheHeaderLengthIsReportedAsCorruptOrTruncated() throws IOException {
        String message = refusalAfterFlipping(12);

        assertTrue(message.contains("is corrupt") || message.contains("is truncated"), message);
    }

    @Test
    void aFlippedByteInTheStoredChecksumIsCorrupt() throws IOException {
        String message = refusalAfterFlipping(whole.length - 2);

        assertTrue(message.contains("is corrupt: its checksum does not match"), message);
    }
}
