package io.textkit.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.nn.Activation;
import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Losses;
import io.textkit.core.nn.Sequential;
import io.textkit.core.optim.Adam;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.tensor.Tensor;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * End to end: a two-layer MLP learns three interleaved spirals, which no linear model separates
 * (a linear classifier gets about 50%), and the same seed gives a bit-identical model.
 */
class TwoLayerMlpLearnsSpiralsTest {

    private static Sequential train(Spirals data, long seed, List<TrainingLoop.Epoch> epochsOut) {
        Random init = new Random(seed);
        Sequential mlp = new Sequential(new Linear(2, 64, true, init), new Activation(Activations::tanh),
                new Linear(64, data.classes(), true, init));
        Adam adam = new Adam(mlp.namedParameters(), 0.02, 0.9, 0.999, 1e-8, 0);
        TrainingLoop loop = new TrainingLoop(mlp, adam, data.size(), batch -> Losses.crossEntropy(
                mlp.forward(Tensor.of(batch.length, 2, data.rows(batch))), data.labels(batch)))
                .epochs(150).batchSize(32).seed(seed).log(null);
        epochsOut.addAll(loop.run().epochs());
        return mlp;
    }

    private static double accuracy(Sequential mlp, Spirals data) {
        int[] all = java.util.stream.IntStream.range(0, data.size()).toArray();
        try (GradMode.Scope off = GradMode.disable()) {
            return Metrics.accuracy(mlp.forward(Tensor.of(all.length, 2, data.rows(all))), data.labels(all));
        }
    }

    @Test
    void learnsSpiralsAboveNinetyFivePercentAndGeneralises() {
        Spirals train = Spirals.generate(3, 200, 1.0, 0.05, new Random(1));
        Spirals heldOut = Spirals.generate(3, 100, 1.0, 0.05, new Random(2));
        List<TrainingLoop.Epoch> epochs = new java.util.ArrayList<>();
        Sequential mlp = train(train, 7, epochs);
        double first = epochs.get(0).trainLoss();
        double last = epochs.get(epochs.size() - 1).trainLoss();
        assertTrue(last < first / 5, "loss fell from " + first + " to " + last);
        double trainAccuracy = accuracy(mlp, train);
        double heldOutAccuracy = accuracy(mlp, heldOut);
        assertTrue(trainAccuracy > 0.95, "training accuracy " + trainAccuracy);
        assertTrue(heldOutAccuracy > 0.90, "held-out accuracy " + heldOutAccuracy);
    }

    @Test
    void sameSeedOneThreadGivesABitIdenticalModel() {
        Spirals data = Spirals.generate(3, 50, 1.0, 0.05, new Random(3));
        Map<String, FMatrixRMaj> a = train(data, 11, new java.util.ArrayList<>()).state();
        Map<String, FMatrixRMaj> b = train(data, 11, new java.util.ArrayList<>()).state();
        for (String name : a.keySet()) {
            // assertArrayEquals on float[] compares bit patterns via floatToIntBits: exact, not within a tolerance.
            assertArrayEquals(a.get(name).data, b.get(name).data, name);
        }
    }
}
