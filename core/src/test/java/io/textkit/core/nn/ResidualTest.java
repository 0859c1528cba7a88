package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** A residual connection adds the input to the wrapped layer's output and insists on equal shapes. */
class ResidualTest {
    @Test
    void outputIsInputPlusTheLayersOutput() {
        Linear linear = new Linear(3, 3, true, new Random(1));
        Residual residual = new Residual(linear);
        Tensor x = TestValues.awayFromZero(2, 3, new Random(2));
        float[] fx = linear.forward(x).data();
        float[] y = residual.forward(x).data();
        for (int k = 0; k < y.length; k++) {
            assertEquals(x.data()[k] + fx[k], y[k], 1e-6f);
        }
    }

    @Test
    void aShapeChangingLayerIsRefusedWithBothShapes() {
        // Linear(3, 1) gives rows×1, which add would otherwise broadcast silently over x.
        Residual residual = new Residual(new Linear(3, 1, true, new Random(1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> residual.forward(Tensor.zeros(2, 3)));
        assertEquals("Residual: Linear maps 2×3 to 2×1, but x + f(x) needs f to keep the shape", e.getMessage());
    }

    @Test
    void gradientOfTheIdentityPathReachesTheInput() {
        Linear zero = new Linear(2, 2, false, new Random(1));
        Arrays.fill(zero.weight().data(), 0f);
        Tensor x = Tensor.parameter(new FMatrixRMaj(new float[][] {{1, 2}}));
        Reductions.sum(new Residual(zero).forward(x)).backward();
        assertArrayEquals(new float[] {1, 1}, x.grad().data);
    }
}
