package io.textkit.core.nn;

import io.textkit.core.tensor.Tensor;
import java.util.Random;

/**
 * One step of a recurrent network, {@code state' = cell(x_t, state)}, with its gates fused so that
 * a step costs two matrix products: {@code x·W} (all gates, {@code in × gates·hidden}) and
 * {@code h·U} ({@code hidden × gates·hidden}).
 *
 * <p>The input product does not depend on the state, so it is split out: {@link #projectInput}
 * takes any number of rows, and a layer ({@link Rnn}) computes it for every time step of a sequence
 * batch in one product, leaving only {@code h·U} inside the time loop.
 */
public abstract class RecurrentCell extends Module {
    private final int inputSize;
    private final int hiddenSize;

    /** Makes a cell; {@code Rnn} takes the constructor of a cell class as one ({@code GruCell::new}). */
    @FunctionalInterface
    public interface Factory {
        RecurrentCell create(int inputSize, int hiddenSize, Random random);
    }

    protected RecurrentCell(int inputSize, int hiddenSize) {
        if (inputSize <= 0 || hiddenSize <= 0) {
            throw new IllegalArgumentException(
                    "a recurrent cell needs positive sizes, got input " + inputSize + " and hidden " + hiddenSize);
        }
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
    }

    public int inputSize() {
        return inputSize;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    /** The input's part of every gate, {@code x·W + b}: {@code rows × gates·hidden} for {@code x} of {@code rows × in}. */
    public abstract Tensor projectInput(Tensor x);

    /** One step from this step's {@link #projectInput projected input} ({@code batch × gates·hidden}) and the previous state. */
    public abstract RecurrentState step(Tensor projectedInput, RecurrentState state);

    /** The all-zero state for {@code batch} examples, the usual start of a sequence. */
    public abstract RecurrentState zeroState(int batch);

    /** One step from the raw input {@code x} ({@code batch × in}). */
    public RecurrentState forward(Tensor x, RecurrentState state) {
        if (x.cols() != inputSize) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " expects inputs with " + inputSize
                    + " columns, got " + x.shape());
        }
        return step(projectInput(x), state);
    }
}
