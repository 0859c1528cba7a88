package io.textkit.seq2seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.corpora.SentencePair;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training that is stopped, saved and resumed ends with exactly the weights of training that never
 * stopped, with dropout, scheduled teacher forcing, label smoothing, warm-up and decay all on, and
 * the stop falling in the middle of an epoch; and two runs with the same seed are identical.
 */
class ResumeIsBitForBitTest {
    private static final int STEPS = 22;

    @TempDir
    Path dir;

    private final List<SentencePair> pairs = TinyTranslation.pairs(100, 2);
    private final WordVocabulary source = TinyTranslation.sourceVocabulary(pairs);
    private final WordVocabulary target = TinyTranslation.targetVocabulary(pairs);
    private final List<TokenPair> data = TokenPair.encode(pairs, source, target, 0);

    private Translator fresh() {
        return new Translator(TinyTranslation.config(CellKind.LSTM), source, target);
    }

    @Test
    void stoppedAndResumedTrainingEqualsStraightTraining() throws Exception {
        Translator straight = fresh();
        TranslatorTrainer.Result full = new TranslatorTrainer(straight, data).stopAfterSteps(STEPS).train();

        Path checkpoint = dir.resolve("run.ckpt");
        TranslatorTrainer first = new TranslatorTrainer(fresh(), data).checkpointTo(checkpoint).stopAfterSteps(STEPS / 2 - 1);
        assertEquals(TranslatorTrainer.Outcome.INTERRUPTED, first.train().outcome());
        TranslatorTrainer resumed = TranslatorTrainer.resume(checkpoint, data).stopAfterSteps(STEPS);
        TranslatorTrainer.Result rest = resumed.train();

        assertEquals(full.steps(), rest.steps());
        assertEquals(full.targetTokens(), rest.targetTokens());
        assertSameWeights(straight, resumed.model());
    }

    @Test
    void aStopRequestWritesACheckpointThatResumesExactly() throws Exception {
        Translator straight = fresh();
        new TranslatorTrainer(straight, data).evaluateWith(m -> 0).stopAfterSteps(STEPS).train();

        Path checkpoint = dir.resolve("stopped.ckpt");
        TranslatorTrainer[] holder = new TranslatorTrainer[1];
        holder[0] = new TranslatorTrainer(fresh(), data).checkpointTo(checkpoint).evaluateWith(m -> {
            holder[0].requestStop();
            return 0;
        });
        TranslatorTrainer.Result stopped = holder[0].train();
        assertEquals(TranslatorTrainer.Outcome.INTERRUPTED, stopped.outcome());
        assertEquals(1, stopped.epochs());
        TranslatorTrainer resumed = TranslatorTrainer.resume(checkpoint, data).evaluateWith(m -> 0).stopAfterSteps(STEPS);
        resumed.train();
        assertSameWeights(straight, resumed.model());
    }

    @Test
    void theSameSeedGivesIdenticalWeights() throws Exception {
        Translator a = fresh();
        Translator b = fresh();
        new TranslatorTrainer(a, data).stopAfterSteps(8).train();
        new TranslatorTrainer(b, data).stopAfterSteps(8).train();
        assertSameWeights(a, b);
    }

    private static void assertSameWeights(Translator expected, Translator actual) {
        Map<String, FMatrixRMaj> e = expected.state();
        Map<String, FMatrixRMaj> a = actual.state();
        assertEquals(e.keySet(), a.keySet());
        e.forEach((name, m) -> assertArrayEquals(m.data, a.get(name).data, name));
    }
}
