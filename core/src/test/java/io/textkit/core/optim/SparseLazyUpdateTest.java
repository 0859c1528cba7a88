package io.textkit.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An embedding table whose gradient comes from a lookup is updated lazily by every optimizer: rows
 * that were not looked up keep their values and their optimizer state bit for bit (even with weight
 * decay on), and the looked-up rows get exactly the update a dense gradient would give them.
 */
class SparseLazyUpdateTest {
    private static final int ROWS = 6;
    private static final int COLS = 3;

    static Stream<Arguments> optimizers() {
        return Stream.of(
                optimizer("Sgd", w -> new Sgd(w, 0.1, 0.1)),
                optimizer("Momentum", w -> new Momentum(w, 0.1, 0.9, 0.1)),
                optimizer("Nesterov", w -> new Nesterov(w, 0.1, 0.9, 0.1)),
                optimizer("Adagrad", w -> new Adagrad(w, 0.1, 1e-10, 0.1)),
                optimizer("Adadelta", w -> new Adadelta(w, 1.0, 0.95, 1e-6, 0.1)),
                optimizer("RmsProp", w -> new RmsProp(w, 0.01, 0.99, 1e-8, 0.1)),
                optimizer("Adam", w -> new Adam(w, 0.1, 0.9, 0.999, 1e-8, 0.1)),
                optimizer("AdamW", w -> new AdamW(w, 0.1, 0.9, 0.999, 1e-8, 0.1)));
    }

    private static Arguments optimizer(String name, Function<Map<String, Tensor>, Optimizer> make) {
        return Arguments.of(name, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void untouchedRowsAndTheirStateAreBitIdentical(String name, Function<Map<String, Tensor>, Optimizer> make) {
        Tensor table = table();
        Optimizer optimizer = make.apply(Map.of("table", table));

        lookUp(table, new int[] {1, 4, 1});
        assertTrue(table.isGradSparse());
        float[] before = table.data().clone();
        optimizer.step();
        assertRowsChanged(name, before, table, 1, 4);
        assertRowsIdentical(name, before, table, 0, 2, 3, 5);
        for (String slot : optimizer.stateNames()) {
            assertRowsZero(name + " " + slot, optimizer.state(slot, 0), 0, 2, 3, 5);
        }

        // a second lookup of other rows: rows 1 and 4 have momentum or moments now, and a dense step
        // would move them; the lazy step leaves them and their state alone
        float[] afterFirst = table.data().clone();
        float[][] stateAfterFirst = optimizer.stateNames().stream()
                .map(slot -> optimizer.state(slot, 0).clone()).toArray(float[][]::new);
        optimizer.zeroGrad();
        lookUp(table, new int[] {2});
        optimizer.step();
        assertRowsChanged(name, afterFirst, table, 2);
        assertRowsIdentical(name, afterFirst, table, 0, 1, 3, 4, 5);
        int k = 0;
        for (String slot : optimizer.stateNames()) {
            float[] now = optimizer.state(slot, 0);
            for (int r : new int[] {1, 4}) {
                assertArrayEquals(Arrays.copyOfRange(stateAfterFirst[k], r * COLS, (r + 1) * COLS),
                        Arrays.copyOfRange(now, r * COLS, (r + 1) * COLS), name + " " + slot + " row " + r);
            }
            k++;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void touchedRowsGetExactlyTheDenseUpdate(String name, Function<Map<String, Tensor>, Optimizer> make) {
        Tensor sparse = table();
        Tensor dense = table();
        Optimizer lazy = make.apply(Map.of("sparse", sparse));
        Optimizer full = make.apply(Map.of("dense", dense));
        int[][] lookups = {{1, 4, 1}, {4, 1, 2}, {1, 2, 4}};
        for (int[] ids : lookups) {
            lazy.zeroGrad();
            full.zeroGrad();
            lookUp(sparse, ids);
            System.arraycopy(sparse.grad().data, 0, dense.gradForAccumulation().data, 0, ROWS * COLS);
            assertTrue(sparse.isGradSparse());
            assertFalse(dense.isGradSparse());
            lazy.step();
            full.step();
        }
        // rows 1 and 4 had gradient in every step, so both optimizers saw the same numbers for them and
        // must agree bit for bit; row 2 is left out because the dense step 1 decayed it
        for (int r : new int[] {1, 4}) {
            assertArrayEquals(Arrays.copyOfRange(dense.data(), r * COLS, (r + 1) * COLS),
                    Arrays.copyOfRange(sparse.data(), r * COLS, (r + 1) * COLS), name + " row " + r);
        }
    }

    /** A 6×3 table of distinct values away from 0, so weight decay and updates both show. */
    private static Tensor table() {
        float[] d = new float[ROWS * COLS];
        for (int k = 0; k < d.length; k++) {
            d[k] = 0.5f + 0.1f * k * (k % 2 == 0 ? 1 : -1);
        }
        return Tensor.parameter(FMatrixRMaj.wrap(ROWS, COLS, d));
    }

    /** Back-propagates sum(lookup(ids) ⊙ C) with a fixed C, leaving a sparse gradient on {@code table}. */
    private static void lookUp(Tensor table, int[] ids) {
        float[] c = new float[ids.length * COLS];
        for (int k = 0; k < c.length; k++) {
            c[k] = 0.3f * (k + 1) * (k % 3 == 1 ? -1 : 1);
        }
        Reductions.sum(Arithmetic.mul(Shapes.gatherRows(table, ids), Tensor.of(ids.length, COLS, c))).backward();
    }

    private static void assertRowsIdentical(String name, float[] before, Tensor table, int... rows) {
        for (int r : rows) {
            assertArrayEquals(Arrays.copyOfRange(before, r * COLS, (r + 1) * COLS),
                    Arrays.copyOfRange(table.data(), r * COLS, (r + 1) * COLS), name + ": untouched row " + r + " moved");
        }
    }

    private static void assertRowsChanged(String name, float[] before, Tensor table, int... rows) {
        for (int r : rows) {
            for (int j = 0; j < COLS; j++) {
                assertTrue(before[r * COLS + j] != table.get(r, j), name + ": touched row " + r + " did not move");
            }
        }
    }

    private static void assertRowsZero(String what, float[] state, int... rows) {
        for (int r : rows) {
            assertArrayEquals(new float[COLS], Arrays.copyOfRange(state, r * COLS, (r + 1) * COLS),
                    what + ": state of untouched row " + r);
        }
    }
}
