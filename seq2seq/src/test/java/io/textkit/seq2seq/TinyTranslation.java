package io.textkit.seq2seq;

import io.textkit.core.config.Configs;
import io.textkit.corpora.SentencePair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A small made-up parallel corpus and model for tests that need a trained translator quickly. */
final class TinyTranslation {
    static final String[] SOURCE_WORDS = "ein zwei drei vier hund katze haus rot blau".split(" ");
    static final String[] TARGET_WORDS = "one two three four dog cat house red blue".split(" ");

    private TinyTranslation() {}

    /** {@code n} pairs of 2–6 words translated word by word, the target reversed. */
    static List<SentencePair> pairs(int n, long seed) {
        Random random = new Random(seed);
        List<SentencePair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int length = 2 + random.nextInt(5);
            List<String> source = new ArrayList<>();
            List<String> target = new ArrayList<>();
            for (int k = 0; k < length; k++) {
                int w = random.nextInt(SOURCE_WORDS.length);
                source.add(SOURCE_WORDS[w]);
                target.add(0, TARGET_WORDS[w]);
            }
            pairs.add(new SentencePair(String.join(" ", source), String.join(" ", target)));
        }
        return pairs;
    }

    /** A small config with every source of randomness on: dropout, teacher forcing, label smoothing. */
    static TranslatorConfig config(CellKind cell) {
        return Configs.with(TranslatorConfig.defaults(), Map.ofEntries(Map.entry("cell", cell),
                Map.entry("embedding", 8), Map.entry("hidden", 8), Map.entry("decoderHidden", 12),
                Map.entry("attentionSize", 8), Map.entry("dropout", 0.2), Map.entry("teacherForcing", 0.7),
                Map.entry("labelSmoothing", 0.1), Map.entry("warmupSteps", 3), Map.entry("decayEvery", 5),
                Map.entry("decayFactor", 0.9), Map.entry("batchSize", 8), Map.entry("minCount", 1),
                Map.entry("checkpointEvery", 4)));
    }

    static WordVocabulary sourceVocabulary(List<SentencePair> pairs) {
        return WordVocabulary.build(pairs.stream().map(SentencePair::source).toList(), 1);
    }

    static WordVocabulary targetVocabulary(List<SentencePair> pairs) {
        return WordVocabulary.build(pairs.stream().map(SentencePair::target).toList(), 1);
    }
}
