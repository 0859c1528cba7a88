package io.textkit.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.nn.Module;
import io.textkit.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** A NaN or infinite gradient stops the step before anything changes, and the error names the parameter. */
class NonFiniteGradientTest {

    /** A module with one child, so its parameter's name is a dotted path. */
    private static final class Model extends Module {
        final Layer layer = registerModule("layer", new Layer());
    }

    private static final class Layer extends Module {
        final Tensor weight = registerParameter("weight", Tensor.parameter(new FMatrixRMaj(2, 3)));
    }

    @Test
    void aNaNGradientIsReportedByParameterIndexAndPosition() {
        Tensor first = Tensor.parameter(FMatrixRMaj.wrap(1, 2, new float[] {1f, 2f}));
        Tensor second = Tensor.parameter(new FMatrixRMaj(2, 3));
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        parameters.put("first", first);
        parameters.put("second", second);
        Optimizer adam = Adam.defaults(parameters);
        first.gradForAccumulation().data[0] = 1f;
        second.gradForAccumulation().data[1 * 3 + 2] = Float.NaN;

        NonFiniteGradientException e = assertThrows(NonFiniteGradientException.class, adam::step);
        assertTrue(e.getMessage().contains("parameter 'second' (2×3)"), e.getMessage());
        assertTrue(e.getMessage().contains("NaN at (1, 2)"), e.getMessage());
        // the first parameter comes before the bad one but was not updated either
        assertArrayEquals(new float[] {1f, 2f}, first.data());
        assertArrayEquals(new float[2], adam.state("m", 0));
        assertEquals(0, adam.steps());
    }

    @Test
    void anInfiniteGradientIsReportedByTheModulesParameterName() {
        Model model = new Model();
        Optimizer sgd = new Sgd(model.namedParameters(), 0.1, 0);
        model.layer.weight.gradForAccumulation().data[4] = Float.NEGATIVE_INFINITY;

        NonFiniteGradientException e = assertThrows(NonFiniteGradientException.class, sgd::step);
        assertTrue(e.getMessage().contains("parameter 'layer.weight' (2×3)"), e.getMessage());
        assertTrue(e.getMessage().contains("-Infinity at (1, 1)"), e.getMessage());
        assertTrue(e.parameter().contains("layer.weight"));
        assertArrayEquals(new float[6], model.layer.weight.data());
    }

    @Test
    void finiteExtremesPass() {
        Tensor w = Tensor.parameter(new FMatrixRMaj(1, 3));
        float[] g = w.gradForAccumulation().data;
        g[0] = Float.MAX_VALUE;
        g[1] = -Float.MAX_VALUE;
        g[2] = Float.MIN_VALUE;
        new Sgd(Map.of("w", w), 0, 0).step();
        assertArrayEquals(new float[3], w.data());
    }
}
