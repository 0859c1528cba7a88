package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.textkit.core.config.Configs;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Word2VecModelFileTest {
    @TempDir
    Path dir;

    @Test
    void savedModelLoadsBackWithVocabularyConfigAndAllMatrices() throws Exception {
        var config = Configs.with(Word2VecTraining.small(false, true), "negative", 2);
        Word2VecModel model = new Word2VecTrainer(config).showProgress(false)
                .train(TextSource.ofLines(Word2VecTraining.twoTopics(5, 50, 6, 1)));
        Path file = dir.resolve("w2v.textkit");
        model.save(file);
        Word2VecModel loaded = Word2VecModel.load(file);
        assertEquals(config, loaded.config());
        assertEquals(model.words(), loaded.words());
        for (int w = 0; w < model.words().size(); w++) {
            assertEquals(model.vocabulary().count(w), loaded.vocabulary().count(w));
        }
        assertArrayEquals(model.input().data, loaded.input().data);
        assertArrayEquals(model.hsOutput().data, loaded.hsOutput().data);
        assertArrayEquals(model.nsOutput().data, loaded.nsOutput().data);
    }

    @Test
    void aModelWhoseTensorsDisagreeWithItsConfigIsRefused() throws Exception {
        var config = Configs.with(Word2VecConfig.defaults(false), "dim", 3);
        var metadata = JsonNodeFactory.instance.objectNode();
        metadata.set("vocabulary", Fixtures.vocabulary(5, 4).toJson());
        var tensors = new LinkedHashMap<String, FMatrixRMaj>();
        tensors.put(Word2VecModel.INPUT, new FMatrixRMaj(2, 3));
        Path file = dir.resolve("broken.textkit");
        ModelFileWriter.write(file, ModelFile.of(Word2VecModel.KIND,
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(config), metadata, tensors));
        var e = assertThrows(ModelFileException.class, () -> Word2VecModel.load(file));
        assertTrue(e.getMessage().contains("tensor 'output.negative' must be present because the config's negative is 5"),
                e.getMessage());
    }

    @Test
    void hsOnlyModelHasNoNegativeSamplingMatrix() throws Exception {
        var config = Word2VecTraining.small(true, true);
        Word2VecModel model = new Word2VecTrainer(config).showProgress(false)
                .train(TextSource.ofLines(Word2VecTraining.twoTopics(5, 50, 6, 1)));
        assertNull(model.nsOutput());
        assertEquals(model.words().size() - 1, model.hsOutput().numRows);
    }
}
