package io.textkit.core.io;

import static io.textkit.core.io.ModelFileFixtures.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicModelFileWriteTest {
    @TempDir
    Path dir;

    private List<Path> directoryListing() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("model.tkm");
        ModelFileWriter.write(file, ModelFileFixtures.sample());
        byte[] before = Files.readAllBytes(file);

        // Several megabytes of the first tensor reach the disk before the second one fails its check.
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("big", new FMatrixRMaj(1000, 1000));
        FMatrixRMaj reshapedLater = new FMatrixRMaj(2, 2);
        tensors.put("reshapedLater", reshapedLater);
        ModelFile model = ModelFile.of("mlp", object(), object(), tensors);
        reshapedLater.numRows = 3;

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFileWriter.write(file, model));

        assertEquals("tensor 'reshapedLater' claims 3×2 but holds 4 values", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), directoryListing());
    }

    @Test
    void aWriteThatCannotReplaceTheTargetLeavesNoTemporaryFile() throws IOException {
        Path occupied = Files.createDirectory(dir.resolve("model.tkm"));
        Files.writeString(occupied.resolve("keep.txt"), "keep");

        assertThrows(IOException.class, () -> ModelFileWriter.write(occupied, ModelFileFixtures.sample()));

        assertEquals(List.of(occupied), directoryListing());
        assertEquals("keep", Files.readString(occupied.resolve("keep.txt")));
    }

    @Test
    void aWriteIntoAMissingDirectoryFailsWithoutCreatingIt() {
        Path missing = dir.resolve("missing").resolve("model.tkm");

        assertThrows(NoSuchFileException.class, () -> ModelFileWriter.write(missing, ModelFileFixtures.sample()));
    }

    @Test
    void theSavedFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX only");
        Path model = dir.resolve("model.tkm");
        ModelFileWriter.write(model, ModelFileFixtures.sample());
        Path plain = Files.createFile(dir.resolve("plain.txt"));

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(model));
    }
}
