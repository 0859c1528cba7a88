package io.textkit.core.nn;

import io.textkit.core.tensor.GradientCheck;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Finite-difference checks of the recurrent cells and layers, w.r.t. inputs, states and every parameter. */
class RecurrentGradientTest {
    private static final int TIME = 3;
    private static final int BATCH = 2;
    private static final int IN = 3;
    private static final int HIDDEN = 2;

    private final Random random = new Random(11);
    private final GradientCheck check = GradientCheck.standard();

    private List<Tensor> with(Module module, Tensor... inputs) {
        List<Tensor> wrt = new ArrayList<>(List.of(inputs));
        wrt.addAll(module.parameters());
        return wrt;
    }

    @Test
    void gruCellStep() {
        GruCell cell = new GruCell(IN, HIDDEN, random);
        Tensor x = Tensor.uniform(BATCH, IN, 1f, random);
        Tensor h = Tensor.uniform(BATCH, HIDDEN, 1f, random);
        check.check(() -> cell.forward(x, h), with(cell, x, h));
    }

    @Test
    void lstmCellStepBothOutputs() {
        LstmCell cell = new LstmCell(IN, HIDDEN, random);
        Tensor x = Tensor.uniform(BATCH, IN, 1f, random);
        Tensor h = Tensor.uniform(BATCH, HIDDEN, 1f, random);
        Tensor c = Tensor.uniform(BATCH, HIDDEN, 1f, random);
        check.check(() -> cell.forward(x, new RecurrentState(h, c)).h(), with(cell, x, h, c));
        check.check(() -> cell.forward(x, new RecurrentState(h, c)).c(), with(cell, x, h, c));
    }

    @Test
    void twoLayerBidirectionalGruWithMask() {
        checkRnn(GruCell::new);
    }

    @Test
    void twoLayerBidirectionalLstmWithMask() {
        checkRnn(LstmCell::new);
    }

    @Test
    void twoLayerBidirectionalGruWithoutMask() {
        checkRnn(GruCell::new, null);
    }

    @Test
    void twoLayerBidirectionalLstmWithoutMask() {
        checkRnn(LstmCell::new, null);
    }

    private void checkRnn(RecurrentCell.Factory factory) {
        checkRnn(factory, new float[] {1, 1, 1, 1, 1, 0});
    }

    /** Outputs and every final state (h, and c in an LSTM) depend correctly on everything; mask: lengths 3 and 2. */
    private void checkRnn(RecurrentCell.Factory factory, float[] mask) {
        Rnn rnn = new Rnn(factory, IN, HIDDEN, 2, true, random);
        Tensor x = Tensor.uniform(TIME * BATCH, IN, 1f, random);
        List<Tensor> wrt = with(rnn, x);
        check.check(() -> rnn.forward(x, BATCH, mask).outputs(), wrt);
        for (int i = 0; i < 4; i++) {
            int state = i;
            check.check(() -> rnn.forward(x, BATCH, mask).finalStates().get(state).h(), wrt);
            if (rnn.forward(x, BATCH, mask).finalStates().get(state).c() != null) {
                check.check(() -> rnn.forward(x, BATCH, mask).finalStates().get(state).c(), wrt);
            }
        }
    }
}
