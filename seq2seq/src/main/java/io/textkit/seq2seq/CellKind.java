package io.textkit.seq2seq;

import io.textkit.core.nn.GruCell;
import io.textkit.core.nn.LstmCell;
import io.textkit.core.nn.RecurrentCell;

/** The recurrent cell of the translator's encoder and decoder. */
public enum CellKind {
    /** Gated recurrent unit, {@link GruCell}. */
    GRU,
    /** Long short-term memory, {@link LstmCell}. */
    LSTM;

    RecurrentCell.Factory factory() {
        return this == LSTM ? LstmCell::new : GruCell::new;
    }
}
