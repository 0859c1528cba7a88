package io.textkit.seq2seq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.config.Configs;
import io.textkit.corpora.SentencePair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A tiny translator learns two tasks that need attention, copying and reversing sequences of 3–6
 * symbols, and gets every one of 100 sequences it never saw in training exactly right.
 */
class TranslatorLearnsToCopyAndReverseTest {
    private static final String[] SYMBOLS = "a b c d e f g h".split(" ");

    static TranslatorConfig tiny(AttentionKind attention) {
        return Configs.with(TranslatorConfig.defaults(), Map.ofEntries(
                Map.entry("embedding", 24), Map.entry("hidden", 32), Map.entry("decoderHidden", 64),
                Map.entry("attention", attention), Map.entry("attentionSize", 32), Map.entry("dropout", 0.0),
                Map.entry("labelSmoothing", 0.0), Map.entry("learningRate", 0.005), Map.entry("batchSize", 32),
                Map.entry("minCount", 1), Map.entry("clipNorm", 1.0), Map.entry("epochs", 100),
                Map.entry("checkpointEvery", 0), Map.entry("decayEvery", 400), Map.entry("decayFactor", 0.5)));
    }

    private static String sequence(Random random) {
        int length = 3 + random.nextInt(4);
        StringJoiner s = new StringJoiner(" ");
        for (int i = 0; i < length; i++) {
            s.add(SYMBOLS[random.nextInt(SYMBOLS.length)]);
        }
        return s.toString();
    }

    private static String reversed(String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        java.util.Collections.reverse(words);
        return String.join(" ", words);
    }

    /** Trains on 5,000 random sequences and returns how many of 100 unseen ones come out exactly right. */
    static int correctOfUnseen(TranslatorConfig config, UnaryOperator<String> task, int steps) throws Exception {
        Random random = new Random(5);
        Set<String> seen = new HashSet<>();
        List<SentencePair> train = new ArrayList<>();
        while (train.size() < 5000) {
            String s = sequence(random);
            seen.add(s);
            train.add(new SentencePair(s, task.apply(s)));
        }
        List<String> unseen = new ArrayList<>();
        while (unseen.size() < 100) {
            String s = sequence(random);
            if (seen.add(s)) {
                unseen.add(s);
            }
        }
        WordVocabulary vocabulary = WordVocabulary.build(List.of(String.join(" ", SYMBOLS)), 1);
        Translator model = new Translator(config, vocabulary, vocabulary);
        new TranslatorTrainer(model, TokenPair.encode(train, vocabulary, vocabulary, 0)).stopAfterSteps(steps).train();
        int[][] sources = unseen.stream().map(vocabulary::encode).toArray(int[][]::new);
        int[][] out = ArgmaxDecoding.decode(model, sources, 12);
        int correct = 0;
        for (int i = 0; i < unseen.size(); i++) {
            correct += vocabulary.decode(out[i]).equals(task.apply(unseen.get(i))) ? 1 : 0;
        }
        return correct;
    }

    @Test
    @Timeout(120)
    void copiesUnseenSequences() throws Exception {
        assertEquals(100, correctOfUnseen(tiny(AttentionKind.ADDITIVE), UnaryOperator.identity(), 800));
    }

    @Test
    @Timeout(120)
    void reversesUnseenSequences() throws Exception {
        assertEquals(100, correctOfUnseen(tiny(AttentionKind.GENERAL), TranslatorLearnsToCopyAndReverseTest::reversed, 800));
    }
}
