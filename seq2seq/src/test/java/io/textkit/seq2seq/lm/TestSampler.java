package io.textkit.seq2seq.lm;

import io.textkit.seq2seq.decode.StepModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The simplest ancestral sampler over a {@link StepModel}, for these tests only (the decode
 * package's sampler is the real one): temperature, then top-k, then top-p (nucleus) truncation, then
 * one draw, until {@code eos} or {@code maxLength} tokens.
 */
final class TestSampler {
    private TestSampler() {}

    static <S> int[] sample(StepModel<S> model, int[] prompt, double temperature, int topK, double topP, int maxLength,
            Random random) {
        S state = model.start(new int[][] {prompt});
        int last = model.bos();
        List<Integer> out = new ArrayList<>();
        while (out.size() < maxLength) {
            StepModel.Step<S> step = model.step(state, new int[] {last});
            state = step.state();
            last = draw(step.logProbs(), temperature, topK, topP, random);
            if (last == model.eos()) {
                break;
            }
            out.add(last);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int draw(float[] logProbs, double temperature, int topK, double topP, Random random) {
        Integer[] order = new Integer[logProbs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(logProbs[b], logProbs[a]));
        int keep = topK > 0 ? Math.min(topK, order.length) : order.length;
        double[] weights = new double[keep];
        double total = 0;
        for (int i = 0; i < keep; i++) {
            weights[i] = Math.exp((logProbs[order[i]] - logProbs[order[0]]) / temperature);
            total += weights[i];
        }
        double mass = 0;
        int nucleus = 0;
        while (nucleus < keep && mass < topP * total) {
            mass += weights[nucleus++];
        }
        double u = random.nextDouble() * mass;
        for (int i = 0; i < nucleus; i++) {
            u -= weights[i];
            if (u < 0) {
                return order[i];
            }
        }
        return order[nucleus - 1];
    }
}
