package io.textkit.classify;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import io.textkit.core.train.TrainingStoppedException;
import io.textkit.corpora.LabelledExample;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Both classifier trainers honour a stop request in every phase: before training proper (counting,
 * features) with a {@link TrainingStoppedException}, during training by returning early, and a
 * stop that comes before {@code train} is never forgotten.
 */
class TrainerStopTest {
    private static final List<LabelledExample> EXAMPLES = Fixtures.randomExamples(200, 1);

    @Test
    void fastTextStoppedBeforeTrainingStopsWhileCounting() {
        FastTextTrainer trainer = new FastTextTrainer(FastTextConfig.defaults());
        trainer.stop();
        TrainingStoppedException stopped = assertThrows(TrainingStoppedException.class, () -> trainer.train(EXAMPLES));
        assertTrue(stopped.getMessage().contains("counting"), stopped.getMessage());
    }

    @Test
    void fastTextStopsTrainingFromAnotherThread() {
        for (int threads : new int[] {1, 2}) {
            FastTextTrainer trainer = new FastTextTrainer(Configs.with(FastTextConfig.defaults(),
                    Map.of("epochs", 10_000_000, "threads", threads)));
            Thread stopper = stopAfter(trainer::stop);
            FastTextClassifier model = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> trainer.train(EXAMPLES));
            assertNotNull(model);
            join(stopper);
        }
    }

    @Test
    void neuralStoppedBeforeTrainingStopsWhileCounting() {
        NeuralTrainer trainer = new NeuralTrainer(small(1));
        trainer.requestStop();
        TrainingStoppedException stopped = assertThrows(TrainingStoppedException.class, () -> trainer.train(EXAMPLES));
        assertTrue(stopped.getMessage().contains("counting"), stopped.getMessage());
    }

    @Test
    void neuralStopsTrainingFromAnotherThread() {
        NeuralTrainer trainer = new NeuralTrainer(small(1_000_000));
        Thread stopper = stopAfter(trainer::requestStop);
        assertNotNull(assertTimeoutPreemptively(Duration.ofSeconds(60), () -> trainer.train(EXAMPLES, EXAMPLES)));
        join(stopper);
    }

    private static TextCnnConfig small(int epochs) {
        return Configs.with(TextCnnConfig.defaults(), Map.of("dim", 8, "maps", 4, "epochs", epochs));
    }

    private static Thread stopAfter(Runnable stop) {
        return Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop.run();
        });
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
