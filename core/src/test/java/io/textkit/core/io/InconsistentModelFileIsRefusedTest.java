package io.textkit.core.io;

import static io.textkit.core.io.ModelFileFixtures.craft;
import static io.textkit.core.io.ModelFileFixtures.floats;
import static io.textkit.core.io.ModelFileFixtures.headerJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Files whose checksums are all correct but whose content is not a valid model file, as a buggy
 * or hand-made writer could produce: each is refused with a message naming the problem.
 */
class InconsistentModelFileIsRefusedTest {
    @TempDir
    Path dir;

    private static final String ONE_BY_TWO = "[{\"name\":\"w\",\"rows\":1,\"cols\":2}]";

    private String refusalOf(byte[] content) throws IOException {
        Path file = dir.resolve("model.tkm");
        Files.write(file, content);
        String message = assertThrows(ModelFileException.class, () -> ModelFileReader.read(file)).getMessage();
        assertTrue(message.startsWith(file + " "), message);
        return message;
    }

    private String refusalOfHeader(String header) throws IOException {
        return refusalOf(craft(1, header, floats(1, 2)));
    }

    @Test
    void theCraftedBaselineIsAccepted() throws IOException {
        Path file = dir.resolve("model.tkm");
        Files.write(file, craft(1, headerJson(ONE_BY_TWO), floats(1, 2)));

        assertEquals(2f, ModelFileReader.read(file).tensor("w").data[1]);
    }

    @Test
    void aHeaderThatIsNotJsonIsRefused() throws IOException {
        String message = refusalOfHeader("{\"kind\": ");

        assertTrue(message.contains("has an invalid header: it is not valid JSON"), message);
    }

    @Test
    void aHeaderWithTextAfterTheObjectIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson(ONE_BY_TWO) + " {}");

        assertTrue(message.contains("not valid JSON"), message);
    }

    @Test
    void aHeaderThatIsNotAnObjectIsRefused() throws IOException {
        assertTrue(refusalOfHeader("[1, 2]").contains("it is not a JSON object"));
    }

    @Test
    void aDuplicatedHeaderKeyIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson(ONE_BY_TWO).replace("{\"formatVersion\":1,",
                "{\"formatVersion\":1,\"kind\":\"textcnn\","));

        assertTrue(message.contains("Duplicate field 'kind'"), message);
    }

    @Test
    void anUnknownHeaderFieldIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson(ONE_BY_TWO).replace("{\"formatVersion\"",
                "{\"compression\":\"zstd\",\"formatVersion\""));

        assertTrue(message.contains("unknown field 'compression'"), message);
    }

    @Test
    void aMissingKindIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson(ONE_BY_TWO).replace("\"kind\":\"mlp\",", ""));

        assertTrue(message.contains("the header has no 'kind'"), message);
    }

    @Test
    void aHeaderVersionDisagreeingWithThePreludeIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson(ONE_BY_TWO).replace("\"formatVersion\":1", "\"formatVersion\":2"));

        assertTrue(message.contains("formatVersion is 2"), message);
    }

    @Test
    void aBadCreationTimeIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson(ONE_BY_TWO).replace("2025-01-31T12:00:00Z", "yesterday"));

        assertTrue(message.contains("createdAt is not an ISO-8601 instant"), message);
    }

    @Test
    void aConfigThatIsNotAnObjectIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson(ONE_BY_TWO).replace("\"config\":{}", "\"config\":[]"));

        assertTrue(message.contains("'config' is not a JSON object"), message);
    }

    @Test
    void aNegativeShapeIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson("[{\"name\":\"w\",\"rows\":-1,\"cols\":-2}]"));

        assertTrue(message.contains("tensor 'w' has a negative shape -1×-2"), message);
    }

    @Test
    void aShapeTooLargeForAnArrayIsRefusedBeforeAllocating() throws IOException {
        String message = refusalOfHeader(headerJson("[{\"name\":\"w\",\"rows\":100000,\"cols\":100000}]"));

        assertTrue(message.contains("tensor 'w' is 100000×100000, too large"), message);
    }

    @Test
    void aShapeBeyondThirtyTwoBitsIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson("[{\"name\":\"w\",\"rows\":4294967297,\"cols\":1}]"));

        assertTrue(message.contains("'rows' is not a 32-bit integer"), message);
    }

    @Test
    void aFractionalShapeIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson("[{\"name\":\"w\",\"rows\":1.5,\"cols\":2}]"));

        assertTrue(message.contains("'rows' is not a 32-bit integer"), message);
    }

    @Test
    void aDuplicateTensorNameIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson(
                "[{\"name\":\"w\",\"rows\":1,\"cols\":1},{\"name\":\"w\",\"rows\":1,\"cols\":1}]"));

        assertTrue(message.contains("tensor 'w' appears twice"), message);
    }

    @Test
    void aTableEntryWithExtraFieldsIsRefused() throws IOException {
        String message = refusalOfHeader(headerJson("[{\"name\":\"w\",\"rows\":1,\"cols\":2,\"offset\":0}]"));

        assertTrue(message.contains("tensors[0] must have exactly name, rows and cols"), message);
    }

    @Test
    void aTableDescribingMoreDataThanTheFileHoldsIsTruncated() throws IOException {
        String message = refusalOfHeader(headerJson("[{\"name\":\"w\",\"rows\":1000,\"cols\":1000}]"));

        assertTrue(message.contains("is truncated: its header describes 4000"), message);
        assertTrue(message.contains("it ends inside tensor 'w'"), message);
    }

    @Test
    void aTableDescribingLessDataThanTheFileHoldsLeavesUnexpectedBytes() throws IOException {
        String message = refusalOfHeader(headerJson("[{\"name\":\"w\",\"rows\":1,\"cols\":1}]"));

        assertTrue(message.contains("has 4 unexpected bytes after its checksum"), message);
    }

    @Test
    void bytesAfterTheChecksumAreRefused() throws IOException {
        byte[] good = craft(1, headerJson(ONE_BY_TWO), floats(1, 2));

        String message = refusalOf(Arrays.copyOf(good, good.length + 3));

        assertTrue(message.contains("has 3 unexpected bytes after its checksum"), message);
    }

    @Test
    void aNegativeHeaderLengthIsCorrupt() throws IOException {
        byte[] header = headerJson(ONE_BY_TWO).getBytes(StandardCharsets.UTF_8);

        String message = refusalOf(craft(1, -5, header, floats(1, 2)));

        assertTrue(message.contains("is corrupt: its header length is -5"), message);
    }

    @Test
    void aHeaderLengthBeyondTheFileIsRefusedBeforeAllocating() throws IOException {
        byte[] header = headerJson(ONE_BY_TWO).getBytes(StandardCharsets.UTF_8);

        String message = refusalOf(craft(1, Integer.MAX_VALUE, header, floats(1, 2)));

        assertTrue(message.contains("is truncated: it ends inside the header"), message);
    }
}
