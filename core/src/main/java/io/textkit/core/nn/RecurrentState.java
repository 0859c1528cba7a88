package io.textkit.core.nn;

import io.textkit.core.tensor.Tensor;

/**
 * What a recurrent cell carries from one step to the next: the hidden state {@code h}
 * ({@code batch × hidden}) and, for an LSTM, the memory cell {@code c} of the same shape
 * ({@code null} for a GRU).
 */
public record RecurrentState(Tensor h, Tensor c) {

    /** A state with a hidden state only, as a GRU has. */
    public static RecurrentState of(Tensor h) {
        return new RecurrentState(h, null);
    }
}
