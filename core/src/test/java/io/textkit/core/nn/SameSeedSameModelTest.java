package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.textkit.core.tensor.Tensor;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The same seed gives bit-identical weights and bit-identical outputs. */
class SameSeedSameModelTest {

    private static <M extends Module> void assertSameState(M a, M b) {
        Map<String, FMatrixRMaj> sa = a.state();
        Map<String, FMatrixRMaj> sb = b.state();
        assertEquals(sa.keySet(), sb.keySet());
        sa.forEach((name, m) -> assertArrayEquals(m.data, sb.get(name).data, name));
    }

    private static <M extends Module> void check(Function<Random, M> make, Function<M, Tensor> run) {
        M a = make.apply(new Random(2024));
        M b = make.apply(new Random(2024));
        assertSameState(a, b);
        assertArrayEquals(run.apply(a).data(), run.apply(b).data());
    }

    @Test
    void bidirectionalLstmAndGru() {
        Tensor x = Tensor.uniform(6, 3, 1f, new Random(1));
        float[] mask = {1, 1, 1, 1, 1, 0};
        for (RecurrentCell.Factory cell : new RecurrentCell.Factory[] {GruCell::new, LstmCell::new}) {
            check(r -> new Rnn(cell, 3, 4, 2, true, 0.3f, r), rnn -> rnn.forward(x, 2, mask).outputs());
        }
    }

    @Test
    void attentionLayers() {
        Tensor query = Tensor.uniform(2, 3, 1f, new Random(1));
        Tensor keys = Tensor.uniform(6, 3, 1f, new Random(2));
        float[] mask = {1, 1, 1, 1, 1, 0};
        check(r -> new AdditiveAttention(3, 3, 5, r), a -> a.forward(query, keys, keys, mask).context());
        check(r -> MultiplicativeAttention.general(3, 3, r), a -> a.forward(query, keys, keys, mask).context());
        check(r -> new MultiHeadAttention(4, 2, r), a -> a.forward(Tensor.uniform(3, 4, 1f, new Random(3)), null));
    }
}
