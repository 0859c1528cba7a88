package io.textkit.core.optim;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Tensor;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Settings that cannot work are refused when the optimizer is made, with a message that says why. */
class OptimizerArgumentsTest {
    private final Tensor w = Tensor.parameter(new FMatrixRMaj(2, 2));

    @Test
    void aParameterListedTwiceIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Sgd(List.of(w, w), 0.1));
        assertTrue(e.getMessage().contains("parameter 1 (2×2) is listed twice"), e.getMessage());
    }

    @Test
    void aConstantIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Sgd(List.of(Tensor.zeros(1, 1)), 0.1));
        assertTrue(e.getMessage().contains("Tensor.parameter"), e.getMessage());
    }

    @Test
    void outOfRangeHyperParametersAreRefused() {
        List<Tensor> params = List.of(w);
        assertThrows(IllegalArgumentException.class, () -> new Sgd(params, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(params, 0.1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(params, 0.1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(params, 1e-3, 0.9, 1.0, 1e-8, 0));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(params, 1e-2, 0.99, 0, 0));
        Optimizer adam = new Adam(params);
        assertThrows(IllegalArgumentException.class, () -> adam.setLearningRate(Double.POSITIVE_INFINITY));
    }
}
