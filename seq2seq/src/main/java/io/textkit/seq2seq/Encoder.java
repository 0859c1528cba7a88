package io.textkit.seq2seq;

import io.textkit.core.nn.Embedding;
import io.textkit.core.nn.Module;
import io.textkit.core.nn.RecurrentState;
import io.textkit.core.nn.Rnn;
import io.textkit.core.tensor.Dropout;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The translator's encoder: source embeddings, then {@code layers} bidirectional recurrent layers,
 * each reading the one below (both directions side by side), with dropout on the embeddings and
 * between layers. Padding past a sentence's end is masked, so a sentence encodes the same whatever
 * batch it is in.
 *
 * <p>Layers are separate one-layer {@link Rnn}s rather than one multi-layer {@code Rnn} so that
 * dropout draws from the caller's random source: training then resumes bit for bit from a step's
 * seed, with no hidden generator state to save.
 */
final class Encoder extends Module {
    private final Embedding embedding;
    private final List<Rnn> layers = new ArrayList<>();
    private final float dropout;
    private final int padId;

    Encoder(TranslatorConfig config, int vocabularySize, int padId, Random random) {
        this.padId = padId;
        this.dropout = (float) config.dropout();
        embedding = registerModule("embedding", new Embedding(vocabularySize, config.embedding(), padId, random));
        for (int l = 0; l < config.encoderLayers(); l++) {
            int in = l == 0 ? config.embedding() : 2 * config.hidden();
            layers.add(registerModule("layer" + l, new Rnn(config.cell().factory(), in, config.hidden(), 1, true, random)));
        }
    }

    /**
     * The encoding of a batch.
     *
     * @param outputs the last layer's outputs, {@code (time·sentences) × 2·hidden}, time-major, zero
     *     past each sentence's end
     * @param finalState both directions' final hidden states side by side, {@code sentences × 2·hidden}:
     *     the forward one after the last token, the backward one after the first
     * @param lengths each sentence's length
     */
    record Encoded(Tensor outputs, Tensor finalState, int[] lengths) {}

    /**
     * Encodes {@code sources} (token ids, each at least one long; read only); {@code random} draws
     * the dropout masks, {@code null} for none (evaluation).
     */
    Encoded encode(int[][] sources, Random random) {
        int sentences = sources.length;
        int[] lengths = new int[sentences];
        int time = 0;
        for (int s = 0; s < sentences; s++) {
            lengths[s] = sources[s].length;
            if (lengths[s] == 0) {
                throw new IllegalArgumentException("source sentence " + s + " of the batch is empty; it needs at least </s>");
            }
            time = Math.max(time, lengths[s]);
        }
        int[] ids = new int[time * sentences];
        float[] mask = new float[time * sentences];
        boolean padded = false;
        for (int t = 0; t < time; t++) {
            for (int s = 0; s < sentences; s++) {
                boolean real = t < lengths[s];
                ids[t * sentences + s] = real ? sources[s][t] : padId;
                mask[t * sentences + s] = real ? 1 : 0;
                padded |= !real;
            }
        }
        Tensor x = dropped(embedding.forward(ids), random);
        Rnn.Output out = null;
        for (int l = 0; l < layers.size(); l++) {
            if (l > 0) {
                x = dropped(x, random);
            }
            out = layers.get(l).forward(x, sentences, padded ? mask : null);
            x = out.outputs();
        }
        List<RecurrentState> finals = out.finalStates();
        Tensor finalState = Shapes.concatCols(finals.get(0).h(), finals.get(1).h());
        return new Encoded(x, finalState, lengths);
    }

    private Tensor dropped(Tensor x, Random random) {
        return random == null || dropout == 0 ? x : Dropout.apply(x, dropout, random);
    }
}
