package io.textkit.seq2seq.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every token a decoder has chosen so far, stored as back-pointers in flat arrays: entry {@code e}
 * holds a token, its log-probability, the step's attention row it was produced with and the entry
 * of the token before it. A hypothesis is its last entry; decoders keep no per-hypothesis objects
 * while they search, and rebuild the few they return at the end.
 */
final class Trace {
    private int size;
    private int[] token = new int[256];
    private int[] parent = new int[256];
    private int[] step = new int[256];
    private int[] attentionRow = new int[256];
    private float[] logProb = new float[256];
    private final List<float[]> stepAttention = new ArrayList<>();
    private final List<Integer> stepAttentionWidth = new ArrayList<>();

    /**
     * Starts a step whose model output had {@code rows} rows and the given attention (or null).
     *
     * @return the step's index, for {@link #add}
     */
    int beginStep(float[] attention, int rows) {
        stepAttention.add(attention);
        stepAttentionWidth.add(attention == null ? 0 : attention.length / rows);
        return stepAttention.size() - 1;
    }

    /**
     * Records a token chosen at step {@code stepIndex} from row {@code row} of that step's output.
     *
     * @param parentEntry the entry of the hypothesis's previous token, -1 for its first
     * @return the new entry
     */
    int add(int parentEntry, int tokenId, float tokenLogProb, int stepIndex, int row) {
        if (size == token.length) {
            int capacity = size * 2;
            token = Arrays.copyOf(token, capacity);
            parent = Arrays.copyOf(parent, capacity);
            step = Arrays.copyOf(step, capacity);
            attentionRow = Arrays.copyOf(attentionRow, capacity);
            logProb = Arrays.copyOf(logProb, capacity);
        }
        token[size] = tokenId;
        parent[size] = parentEntry;
        step[size] = stepIndex;
        attentionRow[size] = row;
        logProb[size] = tokenLogProb;
        return size++;
    }

    /** Number of tokens of the hypothesis ending at {@code entry} (0 for entry -1). */
    int length(int entry) {
        int n = 0;
        for (int e = entry; e >= 0; e = parent[e]) {
            n++;
        }
        return n;
    }

    /**
     * Writes the tokens of the hypothesis ending at {@code entry}, first token first, into
     * {@code out} (which must hold {@link #length} of them).
     *
     * @return the number of tokens written
     */
    int tokens(int entry, int[] out) {
        int n = length(entry);
        int i = n;
        for (int e = entry; e >= 0; e = parent[e]) {
            out[--i] = token[e];
        }
        return n;
    }

    /** The hypothesis ending at {@code entry}, with attention cut to the sentence's source length. */
    Hypothesis hypothesis(int entry, double score, double logProbSum, int sourceLength) {
        int n = length(entry);
        int[] tokens = new int[n];
        float[] logProbs = new float[n];
        boolean attended = stepAttention.get(step[entry]) != null;
        float[][] attention = attended ? new float[n][] : null;
        int[] alignment = attended ? new int[n] : null;
        int i = n;
        for (int e = entry; e >= 0; e = parent[e]) {
            i--;
            tokens[i] = token[e];
            logProbs[i] = logProb[e];
            if (attended) {
                int width = stepAttentionWidth.get(step[e]);
                int from = attentionRow[e] * width;
                attention[i] = Arrays.copyOfRange(stepAttention.get(step[e]), from, from + Math.min(sourceLength, width));
                alignment[i] = argmax(attention[i]);
            }
        }
        return new Hypothesis(tokens, score, logProbSum, logProbs, alignment, attention);
    }

    /** The position of the largest weight, -1 for an empty source. */
    private static int argmax(float[] row) {
        if (row.length == 0) {
            return -1;
        }
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }
}
