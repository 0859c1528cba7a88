package io.textkit.core.optim;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Settings that cannot work are refused when the optimizer is made, with a message that says why. */
class OptimizerArgumentsTest {
    private final Tensor w = Tensor.parameter(new FMatrixRMaj(2, 2));

    @Test
    void aParameterListedTwiceIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Sgd(ordered("w", w, "v", w), 0.1, 0));
        assertTrue(e.getMessage().contains("parameter 'v' (2×2) is listed twice"), e.getMessage());
    }

    private static Map<String, Tensor> ordered(String k1, Tensor v1, String k2, Tensor v2) {
        Map<String, Tensor> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    @Test
    void aConstantIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Sgd(Map.of("c", Tensor.zeros(1, 1)), 0.1, 0));
        assertTrue(e.getMessage().contains("Tensor.parameter"), e.getMessage());
    }

    @Test
    void outOfRangeHyperParametersAreRefused() {
        Map<String, Tensor> params = Map.of("w", w);
        assertThrows(IllegalArgumentException.class, () -> new Sgd(params, -0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(params, 0.1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(params, 0.1, 1.0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(params, 1e-3, 0.9, 1.0, 1e-8, 0));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(params, 1e-2, 0.99, 0, 0));
        Optimizer adam = Adam.defaults(params);
        assertThrows(IllegalArgumentException.class, () -> adam.setLearningRate(Double.POSITIVE_INFINITY));
    }
}
