package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import io.textkit.corpora.LabelledExample;
import io.textkit.tokenize.TokenizerSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * HAN reads documents as sentences: the classifier splits them with the sentence splitter, the
 * model scores multi-sentence documents the same alone or in a batch, empty documents and sentences
 * give finite probabilities, and the length limits cut where they say.
 */
class HanSentencesTest {
    private static final HanConfig SMALL = Configs.with(HanConfig.defaults(), Map.of("dim", 16, "wordHidden", 8,
            "wordAttention", 8, "sentenceHidden", 8, "sentenceAttention", 8, "batchSize", 8, "learningRate", 0.01,
            "epochs", 30));

    /** {@code n} documents of 1–4 sentences of 2–6 random words, each ending in " .", with random labels of 3. */
    private static List<LabelledExample> documents(int n, long seed) {
        Random random = new Random(seed);
        List<LabelledExample> documents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int words = 2 + random.nextInt(5);
                for (int w = 0; w < words; w++) {
                    text.append("w").append(random.nextInt(100)).append(' ');
                }
                text.append(s + 1 < sentences ? ". " : ".");
            }
            documents.add(new LabelledExample(text.toString(), "c" + random.nextInt(3)));
        }
        return documents;
    }

    @Test
    void aDocumentOfSeveralSentencesIsEncodedAsSeveralSentences() {
        NeuralClassifier model = new NeuralTrainer(Configs.with(SMALL, "epochs", 1)).train(
                List.of(new LabelledExample("the film was good. the plot was not!\nit ends .", "pos")));
        int[][] encoded = model.encode("The film was good. The plot was not!\nIt ends .");
        assertEquals(List.of(4, 4, 3), Arrays.stream(encoded).map(s -> s.length).toList());
        assertEquals(model.words().indexOf("good."), encoded[0][3]);
        assertEquals(1, model.encode("one sentence without an end").length);
        assertArrayEquals(new int[][] {{}}, model.encode(""));
        assertArrayEquals(new int[][] {{}}, model.encode(" \n\n "));
    }

    @Test
    void aSentenceWithoutTokensIsLeftOutUnlessItIsTheOnlyOne() {
        HanConfig config = Configs.with(SMALL, Map.of("epochs", 1, "tokenizer",
                TokenizerSettings.of(TokenizerSettings.Kind.ENGLISH)));
        NeuralClassifier model = new NeuralTrainer(config).train(
                List.of(new LabelledExample("Great film.\n\n***\n\nTruly great.", "pos")));
        assertEquals(List.of(2, 2), Arrays.stream(model.encode("Great film.\n\n***\n\nTruly great."))
                .map(s -> s.length).toList());
        assertArrayEquals(new int[][] {{}}, model.encode("***"));
    }

    @Test
    void aFlatArchitectureStillReadsTheWholeTextAsOneSentence() {
        TextCnnConfig config = Configs.with(TextCnnConfig.defaults(), Map.of("dim", 4, "maps", 2, "epochs", 1));
        NeuralClassifier model = new NeuralTrainer(config).train(
                List.of(new LabelledExample("one. two. three.", "a")));
        assertEquals(1, model.encode("one. two. three.").length);
    }

    @Test
    void fitsMultiSentenceDocumentsAndScoresThemAloneAsInABatch() {
        List<LabelledExample> train = documents(40, 3);
        NeuralClassifier model = new NeuralTrainer(Configs.with(SMALL, "epochs", 60)).train(train);
        Evaluation training = Evaluation.of(model, train);
        assertEquals(1.0, training.accuracy(), training::toString);
        List<String> texts = new ArrayList<>(documents(30, 4).stream().map(LabelledExample::text).toList());
        texts.addAll(List.of("", ". . .", "w1 w2 . w3"));
        List<float[]> batched = model.probabilitiesAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = model.probabilities(texts.get(i));
            assertArrayEquals(alone, batched.get(i), 1e-6f, texts.get(i));
            for (float p : alone) {
                assertTrue(p > 0 && p < 1, texts.get(i));
            }
        }
    }

    @Test
    void theLimitsReadOnlyTheFirstSentencesAndWords() {
        HanModel model = new HanModel(20, 2, Configs.with(SMALL, Map.of("maxSentences", 2, "maxSentenceLength", 3)));
        assertArrayEquals(model.logits(List.<int[][]>of(new int[][] {{2, 3, 4}, {5, 6, 7}})).data(),
                model.logits(List.<int[][]>of(new int[][] {{2, 3, 4, 9}, {}, {5, 6, 7, 8, 9}, {10, 11}})).data(), 0f);
    }

    @Test
    void aDocumentWithoutWordsScoresTheOutputBias() {
        HanModel model = new HanModel(20, 3, SMALL);
        float[] empty = model.logits(List.<int[][]>of(new int[][] {{}}, new int[0][])).data();
        float[] bias = model.namedParameters().get("output.bias").data();
        assertArrayEquals(bias, Arrays.copyOfRange(empty, 0, 3), 0f);
        assertArrayEquals(bias, Arrays.copyOfRange(empty, 3, 6), 0f);
    }
}
