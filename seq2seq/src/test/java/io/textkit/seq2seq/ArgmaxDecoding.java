package io.textkit.seq2seq;

import io.textkit.seq2seq.decode.StepModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The simplest decoder over a {@link StepModel}, for tests: the most probable token at every step. */
final class ArgmaxDecoding {
    private ArgmaxDecoding() {}

    /** Each source's translation (token ids without {@code </s>}), at most {@code maxLength} tokens. */
    static <S> int[][] decode(StepModel<S> model, int[][] sources, int maxLength) {
        int n = sources.length;
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        boolean[] done = new boolean[n];
        S state = model.start(sources);
        int[] last = new int[n];
        Arrays.fill(last, model.bos());
        int v = model.vocabularySize();
        for (int t = 0; t < maxLength; t++) {
            StepModel.Step<S> step = model.step(state, last);
            state = step.state();
            boolean all = true;
            for (int r = 0; r < n; r++) {
                int best = 0;
                for (int j = 1; j < v; j++) {
                    if (step.logProbs()[r * v + j] > step.logProbs()[r * v + best]) {
                        best = j;
                    }
                }
                last[r] = best;
                if (!done[r]) {
                    if (best == model.eos()) {
                        done[r] = true;
                    } else {
                        out.get(r).add(best);
                    }
                }
                all &= done[r];
            }
            if (all) {
                break;
            }
        }
        int[][] result = new int[n][];
        for (int r = 0; r < n; r++) {
            result[r] = out.get(r).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
