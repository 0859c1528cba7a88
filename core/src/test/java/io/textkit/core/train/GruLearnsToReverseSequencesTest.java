package io.textkit.core.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.nn.Embedding;
import io.textkit.core.nn.GruCell;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Losses;
import io.textkit.core.nn.Module;
import io.textkit.core.nn.Rnn;
import io.textkit.core.optim.Adam;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.tensor.Tensor;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * End to end: a one-layer unidirectional GRU reads a sequence of {@value #LENGTH} symbols, then
 * {@value #LENGTH} blanks, and must emit the sequence reversed during the blanks. It can only do
 * that by holding the whole sequence in its hidden state. Chance is 1/{@value #SYMBOLS} per
 * symbol and (1/{@value #SYMBOLS})^{@value #LENGTH} per sequence.
 */
class GruLearnsToReverseSequencesTest {
    static final int SYMBOLS = 5;
    static final int LENGTH = 4;
    static final int BLANK = SYMBOLS;
    static final int STEPS = 2 * LENGTH;

    /** Embedding → GRU → linear read-out at every step. */
    static final class Reverser extends Module {
        final Embedding embedding;
        final Rnn gru;
        final Linear readOut;

        Reverser(Random random) {
            embedding = registerModule("embedding", new Embedding(SYMBOLS + 1, 16, random));
            gru = registerModule("gru", new Rnn(GruCell::new, 16, 64, 1, false, random));
            readOut = registerModule("readOut", new Linear(64, SYMBOLS, true, random));
        }

        /** Logits {@code (STEPS·batch) × SYMBOLS}, time-major. */
        Tensor forward(int[] timeMajorIds, int batch) {
            return readOut.forward(gru.forward(embedding.forward(timeMajorIds), batch, null).outputs());
        }
    }

    private static int[][] sequences(int n, Random random) {
        int[][] out = new int[n][LENGTH];
        for (int[] s : out) {
            for (int t = 0; t < LENGTH; t++) {
                s[t] = random.nextInt(SYMBOLS);
            }
        }
        return out;
    }

    /** Time-major inputs: the sequence, then blanks. */
    private static int[] inputs(int[][] data, int[] batch) {
        int[] ids = new int[STEPS * batch.length];
        for (int t = 0; t < STEPS; t++) {
            for (int b = 0; b < batch.length; b++) {
                ids[t * batch.length + b] = t < LENGTH ? data[batch[b]][t] : BLANK;
            }
        }
        return ids;
    }

    /** Time-major targets: ignored (−1) while reading, the reversed sequence during the blanks. */
    private static int[] targets(int[][] data, int[] batch) {
        int[] ids = new int[STEPS * batch.length];
        for (int t = 0; t < STEPS; t++) {
            for (int b = 0; b < batch.length; b++) {
                ids[t * batch.length + b] = t < LENGTH ? -1 : data[batch[b]][STEPS - 1 - t];
            }
        }
        return ids;
    }

    @Test
    void reversesUnseenSequences() {
        Random random = new Random(17);
        int[][] train = sequences(3000, random);
        int[][] test = sequences(300, random);
        Reverser model = new Reverser(new Random(5));
        Adam adam = new Adam(model.namedParameters(), 0.01, 0.9, 0.999, 1e-8, 0);
        TrainingLoop loop = new TrainingLoop(model, adam, train.length, batch -> Losses.crossEntropy(
                model.forward(inputs(train, batch), batch.length), targets(train, batch), -1, 0f))
                .epochs(12).batchSize(32).seed(3).clipNorm(5).log(null);
        List<TrainingLoop.Epoch> epochs = loop.run().epochs();
        assertTrue(epochs.get(epochs.size() - 1).trainLoss() < epochs.get(0).trainLoss() / 4,
                "loss fell from " + epochs.get(0).trainLoss() + " to " + epochs.get(epochs.size() - 1).trainLoss());

        int[] all = java.util.stream.IntStream.range(0, test.length).toArray();
        int exact = 0;
        try (GradMode.Scope off = GradMode.disable()) {
            Tensor logits = model.forward(inputs(test, all), all.length);
            int[] want = targets(test, all);
            for (int b = 0; b < all.length; b++) {
                boolean right = true;
                for (int t = LENGTH; t < STEPS; t++) {
                    int row = t * all.length + b;
                    int best = 0;
                    for (int j = 1; j < SYMBOLS; j++) {
                        best = logits.get(row, j) > logits.get(row, best) ? j : best;
                    }
                    right &= best == want[row];
                }
                exact += right ? 1 : 0;
            }
        }
        double accuracy = (double) exact / test.length;
        assertTrue(accuracy > 0.9, "reversed " + accuracy + " of unseen sequences exactly (chance 0.0016)");
    }
}
