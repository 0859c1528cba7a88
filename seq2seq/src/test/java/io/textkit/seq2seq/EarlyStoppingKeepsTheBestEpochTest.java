package io.textkit.seq2seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.config.Configs;
import io.textkit.corpora.SentencePair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a development metric that only gets worse after the first epoch, training stops after
 * {@code patience} more epochs, and the best-model file holds the weights of the first epoch.
 */
class EarlyStoppingKeepsTheBestEpochTest {
    @TempDir
    Path dir;

    @Test
    void stopsAfterPatienceEpochsAndKeepsTheBestModel() throws Exception {
        List<SentencePair> pairs = TinyTranslation.pairs(40, 3);
        WordVocabulary source = TinyTranslation.sourceVocabulary(pairs);
        WordVocabulary target = TinyTranslation.targetVocabulary(pairs);
        TranslatorConfig config = Configs.with(TinyTranslation.config(CellKind.GRU), Map.of("epochs", 10, "patience", 2));
        Translator model = new Translator(config, source, target);
        List<Map<String, FMatrixRMaj>> snapshots = new ArrayList<>();
        Path best = dir.resolve("best.tkm");
        TranslatorTrainer.Result result = new TranslatorTrainer(model, TokenPair.encode(pairs, source, target, 0))
                .bestModelTo(best)
                .evaluateWith(m -> {
                    Map<String, FMatrixRMaj> copy = new LinkedHashMap<>();
                    m.state().forEach((name, w) -> copy.put(name, w.copy()));
                    snapshots.add(copy);
                    return -snapshots.size();
                })
                .train();

        assertEquals(TranslatorTrainer.Outcome.STOPPED_EARLY, result.outcome());
        assertEquals(3, result.epochs());
        assertEquals(1, result.bestEpoch());
        assertEquals(-1, result.bestMetric());
        Map<String, FMatrixRMaj> saved = Translator.load(best).state();
        snapshots.get(0).forEach((name, w) -> assertArrayEquals(w.data, saved.get(name).data, name));
    }
}
