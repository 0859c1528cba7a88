package io.textkit.seq2seq.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.io.ModelFileException;
import io.textkit.tokenize.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved and reloaded model has the same config, vocabulary and held-out perplexity; a checkpoint
 * the trainer writes loads as a model too, and a damaged file is refused naming the file.
 */
class SaveLoadKeepsPerplexityTest {

    @Test
    void reloadedModelHasSamePerplexity(@TempDir Path dir) throws IOException {
        Vocabulary vocabulary = Fixtures.vocabulary("x", "y", "z");
        int[] train = TokenStream.encode(Fixtures.repeat("x y z z y", 40), vocabulary);
        int[] heldOut = TokenStream.encode(Fixtures.repeat("x y z z y", 10), vocabulary);
        LanguageModel model = new LanguageModel(Fixtures.config("dim", 6, "hidden", 6, "tied", true, "cell", "gru",
                "bptt", 6, "batchSize", 4, "epochs", 2), vocabulary);
        Path checkpoint = dir.resolve("checkpoint.tkm");
        new LanguageModelTrainer(null, checkpoint).train(model, train, heldOut);
        Path file = dir.resolve("lm.tkm");
        LanguageModelFile.save(file, model);

        LanguageModel loaded = LanguageModelFile.load(file);
        assertEquals(model.config(), loaded.config());
        assertEquals(List.of("<unk>", "</s>", "x", "y", "z"), loaded.vocabulary().words());
        assertEquals(Perplexity.of(model, heldOut, 2, 6), Perplexity.of(loaded, heldOut, 2, 6));
        assertEquals(model.config(), LanguageModelFile.load(checkpoint).config());
    }

    @Test
    void damagedFileIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        LanguageModel model = new LanguageModel(Fixtures.config("dim", 4, "hidden", 4), Fixtures.vocabulary("x"));
        Path file = dir.resolve("lm.tkm");
        LanguageModelFile.save(file, model);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 10] ^= 1;
        Files.write(file, bytes);
        ModelFileException e = assertThrows(ModelFileException.class, () -> LanguageModelFile.load(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("checksum"), e.getMessage());
    }
}
