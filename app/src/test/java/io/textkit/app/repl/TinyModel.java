package io.textkit.app.repl;

import io.textkit.core.config.Configs;
import io.textkit.corpora.SentencePair;
import io.textkit.seq2seq.TokenPair;
import io.textkit.seq2seq.Translator;
import io.textkit.seq2seq.TranslatorConfig;
import io.textkit.seq2seq.TranslatorTrainer;
import io.textkit.seq2seq.WordVocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A translator of made-up word-by-word pairs, trained in-process at tiny sizes in a few seconds. */
final class TinyModel {
    private static final String[] SOURCE = "ein zwei drei vier hund katze haus rot blau".split(" ");
    private static final String[] TARGET = "one two three four dog cat house red blue".split(" ");

    private TinyModel() {}

    /** Trains and saves the model in {@code dir}; returns its file. */
    static Path train(Path dir) throws IOException {
        Random random = new Random(1);
        List<SentencePair> pairs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder s = new StringBuilder();
            StringBuilder t = new StringBuilder();
            for (int k = 0, n = 2 + random.nextInt(4); k < n; k++) {
                int w = random.nextInt(SOURCE.length);
                s.append(k == 0 ? "" : " ").append(SOURCE[w]);
                t.append(k == 0 ? "" : " ").append(TARGET[w]);
            }
            pairs.add(new SentencePair(s.toString(), t.toString()));
        }
        TranslatorConfig config = Configs.with(TranslatorConfig.defaults(), Map.of("embedding", 16, "hidden", 16,
                "decoderHidden", 16, "attentionSize", 16, "dropout", 0.0, "batchSize", 16, "epochs", 3, "minCount", 1,
                "learningRate", 0.01, "checkpointEvery", 0));
        WordVocabulary source = WordVocabulary.build(pairs.stream().map(SentencePair::source).toList(), 1);
        WordVocabulary target = WordVocabulary.build(pairs.stream().map(SentencePair::target).toList(), 1);
        Translator model = new Translator(config, source, target);
        Path file = dir.resolve("tiny.tkm");
        new TranslatorTrainer(model, TokenPair.encode(pairs, source, target, 0)).bestModelTo(file).train();
        return file;
    }
}
