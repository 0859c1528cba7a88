package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.textkit.core.config.Configs;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Module;
import io.textkit.core.nn.Rnn;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Pooling;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RCNN's word representations are the paper's x_i = [c_l(w_i); e_i; c_r(w_i)] with the contexts
 * taken <em>before</em> word i from each side: for the text "a b", x_a = [0; e_a; ←h(b)] and
 * x_b = [→h(a); e_b; 0], where →h(a) and ←h(b) are the recurrent states after reading the single
 * word, computed here with the model's own weights in separate modules.
 */
class RcnnContextsTest {
    private static final int DIM = 4;
    private static final int CONTEXT = 3;

    @ParameterizedTest
    @EnumSource(RnnCell.class)
    void leftContextIsTheStateBeforeTheWordAndRightContextTheStateAfterIt(RnnCell cell) {
        RcnnConfig config = Configs.with(RcnnConfig.defaults(), Map.of("dim", DIM, "context", CONTEXT, "hidden", 5,
                "cell", cell, "seed", 5));
        RcnnModel model = new RcnnModel(6, 3, config);
        model.train(false);
        int a = 4;
        int b = 2;
        Rnn contexts = loaded(new Rnn(cell.factory(), DIM, CONTEXT, 1, true, new Random(0)), model, "contexts.");
        Linear projection = loaded(new Linear(2 * CONTEXT + DIM, 5, true, new Random(0)), model, "projection.");
        Linear output = loaded(new Linear(5, 3, true, new Random(0)), model, "output.");
        Tensor zero = Tensor.zeros(1, CONTEXT);
        Tensor forwardAfterA = Shapes.sliceCols(contexts.forward(embedding(model, a), 1, null).outputs(), 0, CONTEXT);
        Tensor backwardAfterB = Shapes.sliceCols(contexts.forward(embedding(model, b), 1, null).outputs(), CONTEXT,
                CONTEXT);
        Tensor x = Shapes.concatRows(List.of(
                Shapes.concatCols(List.of(zero, embedding(model, a), backwardAfterB)),
                Shapes.concatCols(List.of(forwardAfterA, embedding(model, b), zero))));
        Tensor expected = output.forward(Pooling.maxOverTime(Activations.tanh(projection.forward(x)), 1, null));

        Tensor actual = model.forward(TokenBatch.of(new int[][] {{a, b}}, 1, ClassifierNetwork.PADDING_ID));
        assertArrayEquals(expected.data(), actual.data(), 1e-6f);
    }

    private static Tensor embedding(RcnnModel model, int id) {
        FMatrixRMaj table = model.state().get("embedding.weight");
        float[] row = new float[DIM];
        System.arraycopy(table.data, id * DIM, row, 0, DIM);
        return Tensor.of(1, DIM, row);
    }

    /** {@code module} with the model's weights under {@code prefix}. */
    private static <M extends Module> M loaded(M module, RcnnModel model, String prefix) {
        Map<String, FMatrixRMaj> state = new LinkedHashMap<>();
        model.state().forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                state.put(name.substring(prefix.length()), value);
            }
        });
        module.loadState(state);
        return module;
    }
}
