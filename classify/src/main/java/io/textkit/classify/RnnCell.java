package io.textkit.classify;

import io.textkit.core.nn.GruCell;
import io.textkit.core.nn.LstmCell;
import io.textkit.core.nn.RecurrentCell;

/** The recurrent cell of a recurrent classifier ({@link TextRnnConfig}, {@link RcnnConfig}). */
public enum RnnCell {
    /** Long short-term memory, {@link LstmCell}. */
    LSTM,
    /** Gated recurrent unit, {@link GruCell}. */
    GRU;

    RecurrentCell.Factory factory() {
        return this == LSTM ? LstmCell::new : GruCell::new;
    }
}
