package io.textkit.seq2seq.lm;

import io.textkit.core.config.Check;

/**
 * A token stream cut into {@code batch} parallel streams and then into segments of at most
 * {@code bptt} steps, for truncated back-propagation through time (as Zaremba et al. 2014 and
 * PyTorch's word-language-model example do). With n = ⌊length / batch⌋, stream b is tokens
 * {@code [b·n, (b+1)·n)}; the tokens after {@code batch·n} are dropped. Segment k reads steps
 * {@code [k·bptt, min((k+1)·bptt, n − 1))} of every stream and predicts the step after each, so
 * segment k+1 starts where segment k stopped and a state carried from one to the next has read
 * exactly the tokens before it. Over all segments every stream predicts its tokens 1 … n−1:
 * {@link #predictions()} in all.
 *
 * <p>Ids come time-major, row {@code t·batch + b} being stream b at step t, as
 * {@link io.textkit.core.nn.Rnn} reads them.
 */
public final class BpttBatches {
    private final int[] stream;
    private final int batch;
    private final int bptt;
    private final int columns;

    /**
     * Segments of {@code stream} (read, not copied: do not change it while this is in use).
     *
     * @throws IllegalArgumentException when the stream is too short to give every stream two tokens
     */
    public BpttBatches(int[] stream, int batch, int bptt) {
        this.stream = stream;
        this.batch = Check.positive("batch", batch);
        this.bptt = Check.positive("bptt", bptt);
        this.columns = stream.length / batch;
        if (columns < 2) {
            throw new IllegalArgumentException("a text of " + stream.length + " tokens is too short to cut into " + batch
                    + " streams of at least 2 tokens; use a longer text or a smaller batch");
        }
    }

    /** The number of parallel streams. */
    public int batch() {
        return batch;
    }

    /** The number of segments. */
    public int segments() {
        return (columns - 1 + bptt - 1) / bptt;
    }

    /** The steps of segment {@code k}: {@code bptt}, or fewer for the last. */
    public int steps(int k) {
        return Math.min(bptt, columns - 1 - k * bptt);
    }

    /** The input ids of segment {@code k}, time-major, {@code steps(k)·batch} of them. */
    public int[] inputs(int k) {
        return slice(k, 0);
    }

    /** The ids each input of segment {@code k} should predict: the next token of its stream. */
    public int[] targets(int k) {
        return slice(k, 1);
    }

    /** The number of predicted tokens over all segments: {@code batch·(n − 1)}. */
    public long predictions() {
        return (long) batch * (columns - 1);
    }

    private int[] slice(int k, int shift) {
        int steps = steps(k);
        int start = k * bptt + shift;
        int[] ids = new int[steps * batch];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                ids[t * batch + b] = stream[b * columns + start + t];
            }
        }
        return ids;
    }
}
