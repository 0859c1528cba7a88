package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The graph mechanics: accumulation, sparse gradients, grad mode, anomaly detection. */
class AutodiffTest {

    @Test
    void aTensorUsedTwiceAccumulatesBothPaths() {
        Tensor x = Tensor.parameter(FMatrixRMaj.wrap(1, 2, new float[] {3f, -2f}));
        Reductions.sum(Arithmetic.mul(x, x)).backward();
        assertArrayEquals(new float[] {6f, -4f}, x.grad().data);
    }

    @Test
    void gradientsAccumulateAcrossBackwardCallsUntilZeroed() {
        Tensor x = Tensor.parameter(FMatrixRMaj.wrap(1, 1, new float[] {2f}));
        Reductions.sum(Arithmetic.scale(x, 3f)).backward();
        Reductions.sum(Arithmetic.scale(x, 3f)).backward();
        assertEquals(6f, x.grad().data[0]);
        x.zeroGrad();
        assertFalse(x.hasGrad());
        assertEquals(0f, x.grad().data[0]);
    }

    @Test
    void backwardNeedsAScalarThatDependsOnAParameter() {
        Tensor x = Tensor.parameter(new FMatrixRMaj(2, 2));
        IllegalStateException notScalar = assertThrows(IllegalStateException.class, () -> Arithmetic.scale(x, 2f).backward());
        assertTrue(notScalar.getMessage().contains("2×2"), notScalar.getMessage());
        assertThrows(IllegalStateException.class, () -> Reductions.sum(Tensor.zeros(2, 2)).backward());
    }

    @Test
    void embeddingLookupLeavesASparseGradientOnlyOnTouchedRows() {
        Tensor table = Tensor.parameter(new FMatrixRMaj(6, 2));
        Reductions.sum(Shapes.gatherRows(table, new int[] {4, 1, 4})).backward();
        assertTrue(table.isGradSparse());
        assertArrayEquals(new int[] {1, 4}, table.gradRows());
        assertEquals(2f, table.grad().get(4, 0));
        assertEquals(1f, table.grad().get(1, 1));

        Reductions.sum(table).backward();
        assertFalse(table.isGradSparse(), "a dense contribution makes the gradient dense");
        assertEquals(6, table.gradRows().length);

        table.zeroGrad();
        assertEquals(0, table.gradRows().length);
        for (float g : table.grad().data) {
            assertEquals(0f, g);
        }
    }

    @Test
    void zeroGradOfASparseGradientClearsItsRows() {
        Tensor table = Tensor.parameter(new FMatrixRMaj(4, 3));
        Reductions.sum(Shapes.gatherRows(table, new int[] {2})).backward();
        table.zeroGrad();
        Reductions.sum(Shapes.gatherRows(table, new int[] {0})).backward();
        assertArrayEquals(new int[] {0}, table.gradRows());
        assertEquals(0f, table.grad().get(2, 0));
    }

    @Test
    void noGradModeRecordsNothing() {
        Tensor w = Tensor.parameter(FMatrixRMaj.wrap(1, 1, new float[] {1f}));
        Tensor y;
        try (GradMode.Scope off = GradMode.disable()) {
            y = Arithmetic.scale(w, 2f);
            assertFalse(GradMode.isEnabled());
        }
        assertTrue(GradMode.isEnabled());
        assertFalse(y.requiresGrad());
        assertTrue(y.inputs().isEmpty());
        assertEquals(2f, y.item());
    }

    @Test
    void anomalyDetectionNamesTheOpThatOverflowed() {
        Tensor x = Tensor.parameter(FMatrixRMaj.wrap(1, 2, new float[] {1f, 3e30f}));
        Anomaly.enable(true);
        try {
            NonFiniteException e = assertThrows(NonFiniteException.class,
                    () -> Activations.tanh(Arithmetic.scale(x, 1e10f)));
            assertEquals("scale", e.op());
            assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
        } finally {
            Anomaly.enable(false);
        }
        assertEquals(Float.POSITIVE_INFINITY, Arithmetic.scale(x, 1e10f).get(0, 1), "off by default");
    }

    @Test
    void gradientCheckCatchesAWrongBackward() {
        Tensor x = Tensor.parameter(FMatrixRMaj.wrap(1, 3, new float[] {0.5f, -1f, 2f}));
        // y = x², with a backward that forgets the factor 2.
        java.util.function.Supplier<Tensor> wrong = () -> {
            float[] v = x.data();
            FMatrixRMaj out = new FMatrixRMaj(1, 3);
            for (int k = 0; k < 3; k++) {
                out.data[k] = v[k] * v[k];
            }
            return Tensor.result("square", out, x).withBackward(o -> {
                for (int k = 0; k < 3; k++) {
                    x.gradForAccumulation().data[k] += o.grad().data[k] * v[k];
                }
            });
        };
        AssertionError e = assertThrows(AssertionError.class, () -> GradientCheck.standard().check(wrong, x));
        assertTrue(e.getMessage().contains("finite difference"), e.getMessage());
    }

    @Test
    void aMatrixWithSpareCapacityIsRefused() {
        FMatrixRMaj m = new FMatrixRMaj(4, 4);
        m.reshape(2, 2);
        assertThrows(IllegalArgumentException.class, () -> Tensor.constant(m));
    }

    @Test
    void shapeErrorsNameTheShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Arithmetic.matmul(Tensor.zeros(2, 3), Tensor.zeros(2, 3)));
        assertTrue(e.getMessage().contains("2×3 · 2×3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Arithmetic.add(Tensor.zeros(2, 3), Tensor.zeros(2, 2)));
        assertTrue(e.getMessage().contains("2×2 over 2×3"), e.getMessage());
    }
}
