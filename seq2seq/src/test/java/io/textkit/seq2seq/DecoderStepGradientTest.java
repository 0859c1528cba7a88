package io.textkit.seq2seq;

import io.textkit.core.config.Configs;
import io.textkit.core.tensor.GradientCheck;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A finite-difference check of one whole decoder step with input feeding, from the previous state,
 * the fed attentional vector and the source memory to the output logits, through every decoder
 * parameter: cell, attention, combination and output layer (or the tied embeddings).
 */
class DecoderStepGradientTest {

    @ParameterizedTest
    @CsvSource({"GRU, ADDITIVE, false", "LSTM, GENERAL, false", "GRU, DOT, true"})
    void stepGradientMatchesFiniteDifferences(CellKind cell, AttentionKind attention, boolean tied) {
        TranslatorConfig config = Configs.with(TranslatorConfig.defaults(), Map.of("cell", cell, "attention", attention,
                "embedding", 3, "hidden", 2, "decoderHidden", 4, "attentionSize", 3, "inputFeeding", true,
                "tieEmbeddings", tied, "dropout", 0.0));
        Random random = new Random(3);
        AttentionDecoder decoder = new AttentionDecoder(config, 6, 0, random);
        int sentences = 2;
        int[] lengths = {3, 1};
        int[] sentenceOf = {0, 1, 1};
        Tensor memory = Tensor.uniform(3 * sentences, 4, 1f, random);
        Tensor hidden = Tensor.uniform(3, 4, 0.5f, random);
        Tensor c = cell == CellKind.LSTM ? Tensor.uniform(3, 4, 0.5f, random) : null;
        Tensor feed = Tensor.uniform(3, config.outputSize(), 0.5f, random);
        int[] tokens = {2, 4, 5};
        List<Tensor> wrt = new ArrayList<>(List.of(memory, hidden, feed));
        if (c != null) {
            wrt.add(c);
        }
        wrt.addAll(decoder.parameters());
        GradientCheck.standard().check(() -> {
            SourceMemory m = new SourceMemory(memory, decoder.attention().keys(memory), lengths, sentences);
            AttentionDecoder.Step step = decoder.step(new DecoderState(hidden, c, feed, sentenceOf, m), tokens, null);
            return decoder.logits(step.attentional());
        }, wrt);
    }
}
