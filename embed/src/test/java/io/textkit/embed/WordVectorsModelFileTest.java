package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordVectorsModelFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTripIsBitExactAndKeepsWordsTheWord2VecFormatsCannot() throws IOException {
        Path file = dir.resolve("vectors.textkit");
        WordVectorsModelFile.write(file, Word2VecTextFormatTest.awkward());
        Word2VecTextFormatTest.assertBitExact(Word2VecTextFormatTest.awkward(), WordVectorsModelFile.read(file));

        WordVectors spaced = new WordVectors(List.of("new york", ""), new FMatrixRMaj(new float[][] {{1}, {2}}));
        WordVectorsModelFile.write(file, spaced);
        Word2VecTextFormatTest.assertBitExact(spaced, WordVectorsModelFile.read(file));
    }

    @Test
    void anotherKindOfModelIsRefused() throws IOException {
        Path file = dir.resolve("mlp.textkit");
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("vectors", new FMatrixRMaj(1, 1));
        ModelFileWriter.write(file, ModelFile.of("mlp", JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), tensors));
        ModelFileException e = assertThrows(ModelFileException.class, () -> WordVectorsModelFile.read(file));
        assertTrue(e.getMessage().contains("'mlp'"), e.getMessage());
    }

    @Test
    void wordsThatDoNotMatchTheTensorAreRefused() throws IOException {
        Path file = dir.resolve("broken.textkit");
        SequencedMap<String, FMatrixRMaj> tensors = new LinkedHashMap<>();
        tensors.put("vectors", new FMatrixRMaj(2, 1));
        var metadata = JsonNodeFactory.instance.objectNode();
        metadata.putArray("words").add("only-one");
        ModelFileWriter.write(file, ModelFile.of(WordVectorsModelFile.KIND,
                JsonNodeFactory.instance.objectNode(), metadata, tensors));
        ModelFileException e = assertThrows(ModelFileException.class, () -> WordVectorsModelFile.read(file));
        assertTrue(e.getMessage().contains("1 words but the matrix has 2 rows"), e.getMessage());
    }
}
