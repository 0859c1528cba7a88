package io.textkit.seq2seq.lm;

import io.textkit.seq2seq.decode.DecodeLimits;
import io.textkit.seq2seq.decode.Sampler;
import io.textkit.seq2seq.decode.SamplingOptions;
import io.textkit.seq2seq.decode.StepModel;
import java.util.Arrays;
import java.util.Random;

/**
 * One sample after a prompt through the decode package's {@link Sampler}, as the tests want it: the
 * words drawn, without the closing {@code eos}.
 */
final class TestSampler {
    private TestSampler() {}

    static <S> int[] sample(StepModel<S> model, int[] prompt, double temperature, int topK, double topP, int maxLength,
            Random random) {
        SamplingOptions options = new SamplingOptions(temperature, topK, topP, new DecodeLimits(0, maxLength, 0, 0));
        int[] tokens = new Sampler<>(model, options).decode(new int[][] {prompt}, random).getFirst().tokens();
        int n = tokens.length > 0 && tokens[tokens.length - 1] == model.eos() ? tokens.length - 1 : tokens.length;
        return Arrays.copyOf(tokens, n);
    }
}
