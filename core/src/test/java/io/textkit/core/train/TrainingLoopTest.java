package io.textkit.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.nn.Linear;
import io.textkit.core.nn.Losses;
import io.textkit.core.optim.Sgd;
import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrainingLoopTest {
    private final Linear model = new Linear(2, 2, true, new Random(1));
    private final Tensor inputs = Tensor.of(4, 2, 1f, 0f, 0f, 1f, 1f, 1f, -1f, 0f);
    private final int[] labels = {0, 1, 1, 0};

    private Tensor loss(int[] batch, float scale) {
        float[] rows = new float[2 * batch.length];
        int[] targets = new int[batch.length];
        for (int i = 0; i < batch.length; i++) {
            System.arraycopy(inputs.data(), 2 * batch[i], rows, 2 * i, 2);
            targets[i] = labels[batch[i]];
        }
        return Losses.crossEntropy(Arithmetic.scale(model.forward(Tensor.of(batch.length, 2, rows)), scale), targets);
    }

    @Test
    void aNonFiniteLossNamesTheEpochTheBatchAndTheOp() {
        TrainingLoop loop = new TrainingLoop(model, new Sgd(model.namedParameters(), 0.1, 0), 4, b -> loss(b, 1e38f))
                .epochs(1).batchSize(2).log(null);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, loop::run);
        assertTrue(e.getMessage().matches("the loss became (NaN|-?Infinity) at epoch 1, batch [12]: op 'scale' produced .*"),
                e.getMessage());
    }

    @Test
    void earlyStoppingRestoresTheBestEpoch() {
        List<float[]> snapshots = new ArrayList<>();
        double[] metrics = {0.5, 0.9, 0.6, 0.7, 0.8, 0.95};
        int[] calls = {0};
        TrainingLoop loop = new TrainingLoop(model, new Sgd(model.namedParameters(), 0.1, 0), 4, b -> loss(b, 1f))
                .epochs(6).batchSize(2).log(null)
                .evaluate(() -> {
                    snapshots.add(model.weight().data().clone());
                    return metrics[calls[0]++];
                }, true, 2);
        TrainingLoop.History history = loop.run();
        assertTrue(history.stoppedEarly());
        assertEquals(4, history.epochs().size(), "epochs 3 and 4 did not beat epoch 2");
        assertEquals(2, history.bestEpoch());
        assertEquals(0.9, history.bestMetric());
        assertArrayEquals(snapshots.get(1), model.weight().data(), "the model is the one of epoch 2");
        assertFalse(model.isTraining(), "left in evaluation mode");
    }

    @Test
    void ofEpochsWithTheSameMetricTheOneWithTheLowerDevelopmentLossIsKept() {
        List<float[]> snapshots = new ArrayList<>();
        double[] losses = {0.6, 0.3, 0.4, 0.5};
        int[] calls = {0};
        TrainingLoop.History history = new TrainingLoop(model, new Sgd(model.namedParameters(), 0.1, 0), 4,
                b -> loss(b, 1f)).epochs(5).batchSize(2).log(null)
                .evaluateScore(() -> {
                    snapshots.add(model.weight().data().clone());
                    return new TrainingLoop.DevScore(1.0, losses[calls[0]++]);
                }, true, 2).run();
        assertTrue(history.stoppedEarly());
        assertEquals(2, history.bestEpoch());
        assertEquals(0.3, history.epochs().get(1).devLoss());
        assertArrayEquals(snapshots.get(1), model.weight().data(), "the model is the one of epoch 2");
    }

    @Test
    void aStopRequestEndsTrainingAfterTheCurrentBatch() {
        int[] batches = {0};
        TrainingLoop[] loop = new TrainingLoop[1];
        loop[0] = new TrainingLoop(model, new Sgd(model.namedParameters(), 0.1, 0), 4, b -> {
            if (++batches[0] == 3) {
                loop[0].requestStop();
            }
            return loss(b, 1f);
        }).epochs(10).batchSize(1).log(null);
        TrainingLoop.History history = loop[0].run();
        assertTrue(history.interrupted());
        assertEquals(3, batches[0]);
    }
}
