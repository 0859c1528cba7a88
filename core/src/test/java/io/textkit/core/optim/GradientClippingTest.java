package io.textkit.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class GradientClippingTest {

    @Test
    void byValueClampsEachElementIntoTheLimit() {
        Tensor a = withGrad(1, 4, 0.5f, -3f, 2f, -0.25f);
        GradientClipping.byValue(List.of(a), 1f);
        assertArrayEquals(new float[] {0.5f, -1f, 1f, -0.25f}, a.grad().data);
    }

    @Test
    void byGlobalNormScalesAllGradientsToExactlyTheMaximumAndReturnsThePreClipNorm() {
        // ‖[3, 4]‖² + ‖[12]‖² = 9 + 16 + 144 = 169, so the global norm is 13; scale 6.5/13 = 0.5
        Tensor a = withGrad(1, 2, 3f, 4f);
        Tensor b = withGrad(1, 1, 12f);
        double norm = GradientClipping.byGlobalNorm(List.of(a, b), 6.5);
        assertEquals(13.0, norm, 1e-12);
        assertArrayEquals(new float[] {1.5f, 2f}, a.grad().data);
        assertArrayEquals(new float[] {6f}, b.grad().data);
        assertEquals(6.5, GradientClipping.globalNorm(List.of(a, b)), 1e-6);
    }

    @Test
    void byGlobalNormLeavesGradientsUnderTheLimitUntouched() {
        Tensor a = withGrad(1, 2, 3f, 4f);
        assertEquals(5.0, GradientClipping.byGlobalNorm(List.of(a), 5.0), 1e-12);
        assertArrayEquals(new float[] {3f, 4f}, a.grad().data);
        assertEquals(5.0, GradientClipping.byGlobalNorm(List.of(a), 100.0), 1e-12);
        assertArrayEquals(new float[] {3f, 4f}, a.grad().data);
    }

    @Test
    void theNormIsSummedInDoubleSoManySmallGradientsDoNotLoseMass() {
        // 10⁶ elements of 1e-3: norm √(10⁶·1e-6) = 1; a float running sum would drift
        Tensor a = Tensor.parameter(new FMatrixRMaj(1000, 1000));
        float[] g = a.gradForAccumulation().data;
        Arrays.fill(g, 1e-3f);
        assertEquals(1.0, GradientClipping.globalNorm(List.of(a)), 1e-6);
    }

    @Test
    void aSparseGradientIsClippedInItsTouchedRowsAndStaysSparse() {
        Tensor table = Tensor.parameter(new FMatrixRMaj(4, 2));
        // row 1 gets [3, 4] from the lookup (weights of the looked-up row are 0, so ∂/∂row = c)
        Tensor picked = Shapes.gatherRows(table, new int[] {1});
        Reductions.sum(Arithmetic.mul(picked, Tensor.of(1, 2, 3f, 4f))).backward();
        assertTrue(table.isGradSparse());
        assertEquals(5.0, GradientClipping.byGlobalNorm(List.of(table), 1.0), 1e-6);
        assertTrue(table.isGradSparse());
        assertArrayEquals(new int[] {1}, table.gradRows());
        assertArrayEquals(new float[] {0, 0, 0.6f, 0.8f, 0, 0, 0, 0}, table.grad().data, 1e-7f);
    }

    @Test
    void parametersWithoutGradientAreSkipped() {
        Tensor none = Tensor.parameter(new FMatrixRMaj(2, 2));
        Tensor a = withGrad(1, 1, -2f);
        assertEquals(2.0, GradientClipping.byGlobalNorm(List.of(none, a), 1.0), 1e-12);
        GradientClipping.byValue(List.of(none, a), 0.5f);
        assertFalse(none.hasGrad());
        assertArrayEquals(new float[] {-0.5f}, a.grad().data);
    }

    private static Tensor withGrad(int rows, int cols, float... grad) {
        Tensor t = Tensor.parameter(new FMatrixRMaj(rows, cols));
        System.arraycopy(grad, 0, t.gradForAccumulation().data, 0, grad.length);
        return t;
    }
}
