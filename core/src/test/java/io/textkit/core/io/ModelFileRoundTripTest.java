package io.textkit.core.io;

import static io.textkit.core.io.ModelFileFixtures.matrix;
import static io.textkit.core.io.ModelFileFixtures.object;
import static io.textkit.core.io.ModelFileFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileRoundTripTest {
    @TempDir
    Path dir;

    private ModelFile roundTrip(ModelFile model) throws IOException {
        Path file = dir.resolve("model.tkm");
        ModelFileWriter.write(file, model);
        return ModelFileReader.read(file);
    }

    private static void assertSameBits(FMatrixRMaj expected, FMatrixRMaj actual) {
        assertEquals(expected.numRows, actual.numRows, "rows");
        assertEquals(expected.numCols, actual.numCols, "cols");
        int n = expected.numRows * expected.numCols;
        assertEquals(n, actual.data.length);
        for (int i = 0; i < n; i++) {
            assertEquals(Float.floatToRawIntBits(expected.data[i]), Float.floatToRawIntBits(actual.data[i]),
                    "bits of element " + i);
        }
    }

    @Test
    void kindProvenanceConfigMetadataAndTensorsSurvive() throws IOException {
        ModelFile model = sample();
        ModelFile loaded = roundTrip(model);

        assertEquals("mlp", loaded.kind());
        assertEquals("0.1.0-test", loaded.textkitVersion());
        assertEquals(ModelFileFixtures.CREATED_AT, loaded.createdAt());
        assertEquals(model.config(), loaded.config());
        assertEquals(model.metadata(), loaded.metadata());
        assertEquals(List.of("w1", "b1"), List.copyOf(loaded.tensors().keySet()));
        assertSameBits(model.tensor("w1"), loaded.tensor("w1"));
        assertSameBits(model.tensor("b1"), loaded.tensor("b1"));
    }

    @Test
    void specialFloatValuesKeepTheirExactBits() throws IOException {
        float[] special = {
            -0.0f, 0.0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL,
            Math.nextDown(Float.MIN_NORMAL), Float.MAX_VALUE, -Float.MAX_VALUE,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 1.0f / 3
        };
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("special", matrix(3, 4, special));
        ModelFile loaded = roundTrip(ModelFile.of("mlp", object(), object(), tensors));

        assertSameBits(tensors.get("special"), loaded.tensor("special"));
    }

    @Test
    void emptyAndSingleValueShapesSurviveInTableOrder() throws IOException {
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("zeta", new FMatrixRMaj(0, 0));
        tensors.put("oneByZero", new FMatrixRMaj(1, 0));
        tensors.put("zeroByThree", new FMatrixRMaj(0, 3));
        tensors.put("scalar", matrix(1, 1, 7.5f));
        tensors.put("alpha", matrix(3, 2, 1, 2, 3, 4, 5, 6));
        ModelFile loaded = roundTrip(ModelFile.of("mlp", object(), object(), tensors));

        assertEquals(List.copyOf(tensors.keySet()), List.copyOf(loaded.tensors().keySet()));
        tensors.forEach((name, m) -> assertSameBits(m, loaded.tensor(name)));
    }

    @Test
    void aMatrixWithSpareCapacityIsSavedAtItsShape() throws IOException {
        FMatrixRMaj shrunk = matrix(3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        shrunk.reshape(2, 2);
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("shrunk", shrunk);
        ModelFile loaded = roundTrip(ModelFile.of("mlp", object(), object(), tensors));

        assertArrayEquals(new float[] {1, 2, 3, 4}, loaded.tensor("shrunk").data);
    }

    @Test
    void writingAgainReplacesTheFile() throws IOException {
        Path file = dir.resolve("model.tkm");
        ModelFileWriter.write(file, sample("mlp"));
        ModelFileWriter.write(file, sample("textcnn"));

        assertEquals("textcnn", ModelFileReader.read(file).kind());
        try (var entries = Files.list(dir)) {
            assertEquals(List.of(file), entries.toList());
        }
    }

    @Test
    void ofStampsTheBuildVersionAndTheTime() {
        Instant before = Instant.now();
        ModelFile model = ModelFile.of("mlp", object(), object(), new LinkedHashMap<>());

        assertTrue(model.textkitVersion().matches("\\d+\\.\\d+.*"), model.textkitVersion());
        assertFalse(model.createdAt().isBefore(before));
        assertFalse(model.createdAt().isAfter(Instant.now()));
    }
}
