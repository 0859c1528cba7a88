package io.textkit.core.nn;

import static io.textkit.core.tensor.Arithmetic.add;
import static io.textkit.core.tensor.Arithmetic.mul;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Dropout;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A multi-layer, uni- or bidirectional recurrent network over a time-major sequence batch: the
 * input is {@code (time·batch) × in}, row {@code t·batch + b} being example {@code b} at step
 * {@code t}, with an optional mask {@code float[time·batch]} in the same order (1 for a real token,
 * 0 for padding at the end of a sequence). Layer {@code l > 0} reads the outputs of layer
 * {@code l − 1}, both directions side by side.
 *
 * <p>Padding: at a step where example {@code b} is padded its state carries over unchanged,
 *
 * <pre>
 *   s_t = m_t ⊙ cell(x_t, s_{t−1}) + (1 − m_t) ⊙ s_{t−1}      (m_t the step's mask column, batch × 1)
 * </pre>
 *
 * <p>for {@code h} and, in an LSTM, {@code c}; its output there is zero. So the forward direction
 * ends on the state of each sequence's last real token, and the backward direction, which walks
 * from the last step to the first, starts each sequence from the initial state at its own last real
 * token: a padded example's outputs and final states are those of the example run alone.
 */
public final class Rnn extends Module {
    private final int inputSize;
    private final int hiddenSize;
    private final int layers;
    private final int directions;
    private final float dropout;
    private final Random dropoutRandom;
    private final List<RecurrentCell> cells = new ArrayList<>();

    /**
     * What a run returns. {@code outputs}: the last layer's output at every step,
     * {@code (time·batch) × (hidden·directions)}, forward direction in the first {@code hidden}
     * columns, zero at padded steps. {@code finalStates}: the state each layer and direction ended
     * on, at index {@code layer·directions + direction}, direction 1 being the backward one.
     */
    public record Output(Tensor outputs, List<RecurrentState> finalStates) {
        public Output {
            finalStates = List.copyOf(finalStates);
        }
    }

    /** Without dropout between layers. */
    public Rnn(RecurrentCell.Factory cell, int inputSize, int hiddenSize, int layers, boolean bidirectional, Random random) {
        this(cell, inputSize, hiddenSize, layers, bidirectional, 0f, random);
    }

    /**
     * A network of {@code layers} layers of cells made by {@code cell} ({@code GruCell::new},
     * {@code LstmCell::new}), with inverted dropout of probability {@code dropout} on the input of
     * every layer after the first, in training mode only.
     */
    public Rnn(RecurrentCell.Factory cell, int inputSize, int hiddenSize, int layers, boolean bidirectional,
            float dropout, Random random) {
        if (layers < 1) {
            throw new IllegalArgumentException("an Rnn needs at least one layer, got " + layers);
        }
        Check.fraction("dropout between layers", dropout);
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.layers = layers;
        this.directions = bidirectional ? 2 : 1;
        this.dropout = dropout;
        for (int l = 0; l < layers; l++) {
            int in = l == 0 ? inputSize : hiddenSize * directions;
            cells.add(registerModule("layer" + l, cell.create(in, hiddenSize, random)));
            if (bidirectional) {
                cells.add(registerModule("layer" + l + "Reverse", cell.create(in, hiddenSize, random)));
            }
        }
        this.dropoutRandom = new Random(random.nextLong());
    }

    /** Columns of {@link Output#outputs()}: {@code hidden·directions}. */
    public int outputSize() {
        return hiddenSize * directions;
    }

    public int layers() {
        return layers;
    }

    public int directions() {
        return directions;
    }

    /** Runs from all-zero states; {@code mask} may be {@code null} when no example is padded. */
    public Output forward(Tensor x, int batch, float[] mask) {
        return forward(x, batch, mask, null);
    }

    /**
     * Runs from the given initial states, one per layer and direction in the order of
     * {@link Output#finalStates()} (e.g. an encoder's final states), or all-zero ones if {@code null}.
     */
    public Output forward(Tensor x, int batch, float[] mask, List<RecurrentState> initial) {
        int time = timeSteps(x, batch, mask, initial);
        StepMask[] stepMasks = stepMasks(mask, batch, time);
        List<RecurrentState> finals = new ArrayList<>();
        Tensor input = x;
        for (int l = 0; l < layers; l++) {
            if (l > 0 && isTraining()) {
                input = Dropout.apply(input, dropout, dropoutRandom);
            }
            List<Tensor> outputs = new ArrayList<>();
            for (int d = 0; d < directions; d++) {
                int index = l * directions + d;
                RecurrentCell cell = cells.get(index);
                RecurrentState start = initial == null ? cell.zeroState(batch) : initial.get(index);
                outputs.add(run(cell, input, batch, stepMasks, d == 1, start, finals));
            }
            input = directions == 1 ? outputs.get(0) : Shapes.concatCols(outputs);
        }
        return new Output(input, finals);
    }

    /** One layer in one direction: the outputs in time order; the final state is added to {@code finals}. */
    private static Tensor run(RecurrentCell cell, Tensor input, int batch, StepMask[] stepMasks, boolean reverse,
            RecurrentState state, List<RecurrentState> finals) {
        int time = stepMasks.length;
        Tensor projected = cell.projectInput(input);
        Tensor[] outputs = new Tensor[time];
        for (int i = 0; i < time; i++) {
            int t = reverse ? time - 1 - i : i;
            RecurrentState next = cell.step(Shapes.sliceRows(projected, t * batch, batch), state);
            StepMask m = stepMasks[t];
            if (m == null) {
                state = next;
                outputs[t] = next.h();
            } else {
                Tensor c = next.c() == null ? null : m.blend(next.c(), state.c());
                state = new RecurrentState(m.blend(next.h(), state.h()), c);
                outputs[t] = mul(state.h(), m.keep);
            }
        }
        finals.add(state);
        return Shapes.concatRows(Arrays.asList(outputs));
    }

    /** A step's mask column m and 1 − m, both {@code batch × 1} constants. */
    private record StepMask(Tensor keep, Tensor carry) {
        /** m ⊙ next + (1 − m) ⊙ previous; exact for m ∈ {0, 1}, unlike previous + m ⊙ (next − previous). */
        Tensor blend(Tensor next, Tensor previous) {
            return add(mul(next, keep), mul(previous, carry));
        }
    }

    /** Per step, its mask, or {@code null} where no example is padded so the step needs no blending. */
    private static StepMask[] stepMasks(float[] mask, int batch, int time) {
        StepMask[] out = new StepMask[time];
        if (mask == null) {
            return out;
        }
        for (int t = 0; t < time; t++) {
            float[] keep = new float[batch];
            float[] carry = new float[batch];
            boolean padded = false;
            for (int b = 0; b < batch; b++) {
                keep[b] = mask[t * batch + b] != 0 ? 1f : 0f;
                carry[b] = 1f - keep[b];
                padded |= keep[b] == 0f;
            }
            if (padded) {
                out[t] = new StepMask(Tensor.of(batch, 1, keep), Tensor.of(batch, 1, carry));
            }
        }
        return out;
    }

    private int timeSteps(Tensor x, int batch, float[] mask, List<RecurrentState> initial) {
        if (x.cols() != inputSize) {
            throw new IllegalArgumentException("Rnn expects inputs with " + inputSize + " columns, got " + x.shape());
        }
        if (batch <= 0 || x.rows() == 0 || x.rows() % batch != 0) {
            throw new IllegalArgumentException("Rnn: " + x.rows() + " input rows are not (time·batch) for batch " + batch);
        }
        if (mask != null && mask.length != x.rows()) {
            throw new IllegalArgumentException("Rnn: mask has " + mask.length + " entries for " + x.rows() + " input rows");
        }
        if (initial != null && initial.size() != layers * directions) {
            throw new IllegalArgumentException("Rnn: " + initial.size() + " initial states given, need one per layer and "
                    + "direction: " + layers * directions);
        }
        if (initial != null) {
            for (RecurrentState s : initial) {
                if (s.h().rows() != batch || s.h().cols() != hiddenSize) {
                    throw new IllegalArgumentException("Rnn: an initial state is " + s.h().shape() + ", need " + batch + "×"
                            + hiddenSize);
                }
            }
        }
        return x.rows() / batch;
    }
}
