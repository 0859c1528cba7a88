package io.textkit.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a written file byte by byte against the layout in {@link ModelFile}'s Javadoc. */
class ModelFileLayoutMatchesTheDocumentationTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldSitsWhereTheDocumentationSays() throws IOException {
        Path path = dir.resolve("model.tkm");
        ModelFileWriter.write(path, ModelFileFixtures.sample());
        byte[] file = Files.readAllBytes(path);
        ByteBuffer le = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);

        assertArrayEquals("TEXTKIT\0".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(file, 8));
        assertEquals(1, le.getInt(8));
        int headerLength = le.getInt(12);
        byte[] header = Arrays.copyOfRange(file, 20, 20 + headerLength);
        assertEquals(ModelFileFixtures.crc(header, header.length), le.getInt(16));
        assertEquals(0, (20 + headerLength) % 8, "tensor data is 8-byte aligned");

        JsonNode json = new ObjectMapper().readTree(header);
        assertEquals(1, json.get("formatVersion").intValue());
        assertEquals("mlp", json.get("kind").textValue());
        assertEquals("w1", json.get("tensors").get(0).get("name").textValue());
        assertEquals(2, json.get("tensors").get(0).get("rows").intValue());
        assertEquals(3, json.get("tensors").get(0).get("cols").intValue());

        int data = 20 + headerLength;
        assertEquals(data + (6 + 3) * 4 + 4, file.length);
        assertEquals(1f, le.getFloat(data));
        assertEquals(6f, le.getFloat(data + 5 * 4));
        assertEquals(-1f, le.getFloat(data + 6 * 4));
        assertEquals(ModelFileFixtures.crc(file, file.length - 4), le.getInt(file.length - 4));
    }
}
