package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.tensor.Tensor;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A padded batch gives every example the outputs and final states it gets when run alone, unpadded:
 * padding neither leaks into the state nor delays the backward direction's start.
 */
class RnnPaddingTest {
    private static final int IN = 3;
    private static final int HIDDEN = 2;
    private static final int[] LENGTHS = {3, 1, 4, 2};
    private static final int TIME = 4;
    private static final int BATCH = LENGTHS.length;
    private static final float GARBAGE = 7.5f;

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of("GRU", (RecurrentCell.Factory) GruCell::new, false),
                Arguments.of("GRU", (RecurrentCell.Factory) GruCell::new, true),
                Arguments.of("LSTM", (RecurrentCell.Factory) LstmCell::new, false),
                Arguments.of("LSTM", (RecurrentCell.Factory) LstmCell::new, true));
    }

    @ParameterizedTest(name = "{0}, bidirectional {2}")
    @MethodSource("networks")
    void paddedBatchEqualsEachExampleAlone(String name, RecurrentCell.Factory factory, boolean bidirectional) {
        Random random = new Random(5);
        Rnn rnn = new Rnn(factory, IN, HIDDEN, 2, bidirectional, random);
        float[][][] sequences = new float[BATCH][][];
        for (int b = 0; b < BATCH; b++) {
            sequences[b] = new float[LENGTHS[b]][IN];
            for (float[] step : sequences[b]) {
                for (int j = 0; j < IN; j++) {
                    step[j] = 2 * random.nextFloat() - 1;
                }
            }
        }
        float[] x = new float[TIME * BATCH * IN];
        float[] mask = new float[TIME * BATCH];
        for (int t = 0; t < TIME; t++) {
            for (int b = 0; b < BATCH; b++) {
                int row = t * BATCH + b;
                boolean real = t < LENGTHS[b];
                mask[row] = real ? 1 : 0;
                for (int j = 0; j < IN; j++) {
                    x[row * IN + j] = real ? sequences[b][t][j] : GARBAGE;
                }
            }
        }

        Rnn.Output batched = rnn.forward(Tensor.of(TIME * BATCH, IN, x), BATCH, mask);

        int width = rnn.outputSize();
        for (int b = 0; b < BATCH; b++) {
            float[] alone = new float[LENGTHS[b] * IN];
            for (int t = 0; t < LENGTHS[b]; t++) {
                System.arraycopy(sequences[b][t], 0, alone, t * IN, IN);
            }
            Rnn.Output single = rnn.forward(Tensor.of(LENGTHS[b], IN, alone), 1, null);
            for (int t = 0; t < TIME; t++) {
                for (int j = 0; j < width; j++) {
                    float expected = t < LENGTHS[b] ? single.outputs().get(t, j) : 0f;
                    assertEquals(expected, batched.outputs().get(t * BATCH + b, j), 1e-6,
                            "example " + b + ", step " + t + ", unit " + j);
                }
            }
            for (int s = 0; s < batched.finalStates().size(); s++) {
                RecurrentState mine = batched.finalStates().get(s);
                RecurrentState theirs = single.finalStates().get(s);
                for (int j = 0; j < HIDDEN; j++) {
                    assertEquals(theirs.h().get(0, j), mine.h().get(b, j), 1e-6, "final h " + s + " of example " + b);
                    if (theirs.c() != null) {
                        assertEquals(theirs.c().get(0, j), mine.c().get(b, j), 1e-6, "final c " + s + " of example " + b);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}, bidirectional {2}")
    @MethodSource("networks")
    void fullyPaddedExampleKeepsItsInitialStateAndOutputsZeros(String name, RecurrentCell.Factory factory,
            boolean bidirectional) {
        Random random = new Random(6);
        Rnn rnn = new Rnn(factory, IN, HIDDEN, 2, bidirectional, random);
        Tensor x = Tensor.uniform(3 * 2, IN, 1f, random);
        float[] mask = {1, 0, 1, 0, 0, 0};

        Rnn.Output out = rnn.forward(x, 2, mask);

        for (int t = 0; t < 3; t++) {
            for (int j = 0; j < rnn.outputSize(); j++) {
                assertEquals(0f, out.outputs().get(t * 2 + 1, j), "step " + t);
            }
        }
        for (RecurrentState s : out.finalStates()) {
            for (int j = 0; j < HIDDEN; j++) {
                assertEquals(0f, s.h().get(1, j));
                if (s.c() != null) {
                    assertEquals(0f, s.c().get(1, j));
                }
            }
        }
    }
}
