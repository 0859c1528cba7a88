package io.textkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.textkit.fuzz.Outcome;
import io.textkit.fuzz.Scratch;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Fuzzes the model file reader with raw bytes: any file must load or be refused with a
 * {@link ModelFileException} naming it, a file that loads must be written back to the same model,
 * and the foreign-format sniffer that words the refusal must answer for any first bytes. Mutated
 * files mostly fail the checksums here; {@code io.textkit.fuzz.ModelLoadFuzzTest} repairs them to
 * reach the header and the loaders behind it.
 */
public class ModelFileFuzzTest {

    @FuzzTest(maxDuration = "10s")
    public void readModelFile(byte[] bytes) {
        ForeignFormat.guess(Arrays.copyOf(bytes, Math.min(bytes.length, ForeignFormat.SNIFF_BYTES)));
        Outcome.resultOrClear(() -> {
            Path file = Scratch.file("model.tkm", bytes);
            ModelFile model = ModelFileReader.read(file);
            Path copy = Scratch.file("copy.tkm", new byte[0]);
            ModelFileWriter.write(copy, model);
            assertSameModel(model, ModelFileReader.read(copy));
        }, "model.tkm", ModelFileException.class);
    }

    /** Everything the file holds, the tensors compared bit for bit. */
    static void assertSameModel(ModelFile expected, ModelFile actual) {
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected.config(), actual.config());
        assertEquals(expected.metadata(), actual.metadata());
        assertEquals(List.copyOf(expected.tensors().keySet()), List.copyOf(actual.tensors().keySet()));
        expected.tensors().forEach((name, matrix) -> {
            FMatrixRMaj other = actual.tensor(name);
            int n = matrix.getNumElements();
            for (int i = 0; i < n; i++) {
                assertEquals(Float.floatToRawIntBits(matrix.data[i]), Float.floatToRawIntBits(other.data[i]),
                        () -> "tensor " + name + " differs after a round trip");
            }
        });
    }
}
