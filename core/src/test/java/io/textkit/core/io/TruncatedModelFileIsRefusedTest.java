package io.textkit.core.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class TruncatedModelFileIsRefusedTest {
    @TempDir
    Path dir;

    private record Cut(String where, int length, String named) {}

    @TestFactory
    Stream<DynamicTest> aFileCutShortAnywhereIsRefusedAsTruncated() throws IOException {
        Path original = dir.resolve("model.tkm");
        ModelFileWriter.write(original, ModelFileFixtures.sample());
        byte[] whole = Files.readAllBytes(original);
        int data = ModelFileFixtures.dataStart(whole);
        return Stream.of(
                new Cut("inside the magic", 3, "magic"),
                new Cut("inside the format version", 10, "format version"),
                new Cut("inside the header length", 14, "header length"),
                new Cut("inside the header checksum", 18, "header length and checksum"),
                new Cut("at the start of the header", 20, "header"),
                new Cut("inside the header", data - 7, "header"),
                new Cut("before the first tensor", data, "tensor 'w1'"),
                new Cut("inside the first tensor", data + 5, "tensor 'w1'"),
                new Cut("inside the last tensor", data + 6 * 4 + 1, "tensor 'b1'"),
                new Cut("before the checksum", whole.length - 4, "checksum"),
                new Cut("inside the checksum", whole.length - 1, "checksum"))
            .map(cut -> DynamicTest.dynamicTest(cut.where(), () -> {
                Path file = dir.resolve("cut-" + cut.length() + ".tkm");
                Files.write(file, Arrays.copyOf(whole, cut.length()));

                ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFileReader.read(file));

                assertTrue(e.getMessage().startsWith(file + " is truncated"), e.getMessage());
                assertTrue(e.getMessage().contains(cut.named()), e.getMessage());
            }));
    }
}
