package io.textkit.seq2seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.io.ModelFileException;
import io.textkit.corpora.SentencePair;
import io.textkit.seq2seq.decode.StepModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A saved and reloaded translator has the same configuration, vocabularies and log-probabilities, bit for bit. */
class SaveLoadGivesIdenticalOutputsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void reloadedModelGivesIdenticalLogProbsAndAttention(CellKind cell) throws Exception {
        List<SentencePair> pairs = TinyTranslation.pairs(64, 1);
        WordVocabulary source = TinyTranslation.sourceVocabulary(pairs);
        WordVocabulary target = TinyTranslation.targetVocabulary(pairs);
        Translator model = new Translator(TinyTranslation.config(cell), source, target);
        new TranslatorTrainer(model, TokenPair.encode(pairs, source, target, 0)).stopAfterSteps(6).train();
        Path file = dir.resolve("model.tkm");
        model.save(file);
        Translator loaded = Translator.load(file);

        assertEquals(model.config(), loaded.config());
        assertEquals(model.sourceVocabulary().toJson(), loaded.sourceVocabulary().toJson());
        assertEquals(model.targetVocabulary().toJson(), loaded.targetVocabulary().toJson());
        int[][] sources = {source.encode("ein hund"), source.encode("rot blau haus katze vier")};
        StepModel.Step<DecoderState> a = model.step(model.start(sources), new int[] {model.bos(), model.bos()});
        StepModel.Step<DecoderState> b = loaded.step(loaded.start(sources), new int[] {loaded.bos(), loaded.bos()});
        for (int t = 0; t < 4; t++) {
            assertArrayEquals(a.logProbs(), b.logProbs(), "step " + t);
            assertArrayEquals(a.attention(), b.attention(), "step " + t);
            int[] next = {t + 4, t + 5};
            a = model.step(a.state(), next);
            b = loaded.step(b.state(), next);
        }
    }

    @Test
    void aFileThatIsNoModelIsRefusedNamingIt() throws Exception {
        Path file = dir.resolve("not-a-model.txt");
        Files.writeString(file, "hello\n");
        ModelFileException e = assertThrows(ModelFileException.class, () -> Translator.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
