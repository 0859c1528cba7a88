package io.textkit.classify;

import java.util.Arrays;
import java.util.List;

/**
 * Token-id sequences laid out as one time-major batch: {@code ids[t·batch + b]} is token t of
 * sequence b, and {@code mask} (same order) is 1 for a real token and 0 for padding. Each sequence
 * starts after {@code before} padding steps (none for most models) and is padded after its end to
 * the longest of them, and to at least {@code minSteps} steps in all.
 */
record TokenBatch(int[] ids, float[] mask, int batch) {

    /** Lays out {@code sequences} (not modified) from the first step, padding with {@code paddingId}. */
    static TokenBatch of(int[][] sequences, int minSteps, int paddingId) {
        return of(sequences, 0, minSteps, paddingId);
    }

    /** Lays out {@code sequences} (not modified) after {@code before} padding steps each. */
    static TokenBatch of(int[][] sequences, int before, int minSteps, int paddingId) {
        int batch = sequences.length;
        int steps = minSteps;
        for (int[] s : sequences) {
            steps = Math.max(steps, before + s.length);
        }
        int[] ids = new int[steps * batch];
        float[] mask = new float[steps * batch];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                int row = t * batch + b;
                boolean real = t >= before && t - before < sequences[b].length;
                ids[row] = real ? sequences[b][t - before] : paddingId;
                mask[row] = real ? 1f : 0f;
            }
        }
        return new TokenBatch(ids, mask, batch);
    }

    /** Lays out texts given as sentences of word ids, each text's sentences joined into one sequence. */
    static TokenBatch ofTexts(List<int[][]> texts, int minSteps, int paddingId) {
        return ofTexts(texts, 0, minSteps, paddingId);
    }

    /** As {@link #ofTexts(List, int, int)}, each text after {@code before} padding steps. */
    static TokenBatch ofTexts(List<int[][]> texts, int before, int minSteps, int paddingId) {
        int[][] sequences = new int[texts.size()][];
        for (int b = 0; b < sequences.length; b++) {
            int[][] sentences = texts.get(b);
            sequences[b] = sentences.length == 1 ? sentences[0]
                    : Arrays.stream(sentences).flatMapToInt(Arrays::stream).toArray();
        }
        return of(sequences, before, minSteps, paddingId);
    }
}
