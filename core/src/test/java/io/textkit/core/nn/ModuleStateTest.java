package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Tensor;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Layer state is named by dotted registration paths and survives a save/load round trip. */
class ModuleStateTest {
    private static Sequential model(long seed) {
        Random random = new Random(seed);
        return new Sequential(
                new Linear(3, 4, true, random),
                new Activation(Activations::tanh),
                new BatchNorm(4, 1e-5f, 0.1f),
                new Residual(new Maxout(4, 4, 2, random)),
                new LayerNorm(4, 1e-5f),
                new PReLU(),
                new DropoutLayer(0.5f, seed),
                new Linear(4, 2, false, random));
    }

    @Test
    void namesAreDottedRegistrationPaths() {
        assertEquals(Set.of(
                        "0.weight", "0.bias",
                        "2.gamma", "2.beta", "2.runningMean", "2.runningVar",
                        "3.body.linear.weight", "3.body.linear.bias",
                        "4.gamma", "4.beta",
                        "5.alpha",
                        "7.weight"),
                model(1).state().keySet());
        assertEquals(Set.of("weight", "bias"), new Conv1d(2, 3, 2, new Random(1)).state().keySet());
        assertEquals(Set.of("weight"), new Embedding(4, 2, new Random(1)).state().keySet());
    }

    @Test
    void loadStateRoundTripsParametersAndBuffers() {
        Sequential source = model(1);
        Tensor x = TestValues.awayFromZero(5, 3, new Random(9));
        source.forward(x);
        source.forward(x);
        Sequential target = model(2);
        target.loadState(source.state());

        Map<String, FMatrixRMaj> saved = source.state();
        Map<String, FMatrixRMaj> loaded = target.state();
        for (String name : saved.keySet()) {
            assertArrayEquals(saved.get(name).data, loaded.get(name).data, name);
            assertFalse(saved.get(name) == loaded.get(name), "copied, not shared: " + name);
        }
        source.train(false);
        target.train(false);
        assertArrayEquals(source.forward(x).data(), target.forward(x).data());
    }

    @Test
    void loadStateRefusesAWrongShapeAndNamesIt() {
        Map<String, FMatrixRMaj> saved = new Linear(3, 4, true, new Random(1)).state();
        Linear wider = new Linear(3, 5, true, new Random(1));
        float[] before = wider.weight().data().clone();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wider.loadState(saved));
        assertEquals("saved 'weight' is 3×4 but the model expects 3×5", e.getMessage());
        assertArrayEquals(before, wider.weight().data(), "nothing changes on a refused load");
    }

    @Test
    void trainSwitchReachesNestedLayers() {
        Sequential net = model(1);
        net.train(false);
        for (Layer layer : net.layers()) {
            assertFalse(layer.isTraining(), layer.getClass().getSimpleName());
        }
    }
}
