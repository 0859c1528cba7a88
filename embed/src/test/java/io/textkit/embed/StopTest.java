package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Training ends at the next sentence when asked to, and returns the model trained so far. */
class StopTest {
    private static final Word2VecConfig LONG_RUN = Configs.with(Word2VecTraining.small(false, false),
            Map.of("epochs", 100_000, "threads", 2));

    @Test
    void interruptingTheCallerStopsTheWorkersAndKeepsTheFlag() throws Exception {
        var source = TextSource.ofLines(Word2VecTraining.twoTopics(10, 200, 10, 1));
        long start = System.nanoTime();
        Thread.currentThread().interrupt();
        Word2VecModel model = new Word2VecTrainer(LONG_RUN).showProgress(false).train(source);
        assertTrue(Thread.interrupted(), "the interrupt flag is left set");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped well before 100,000 epochs");
        assertTrue(model.input().numRows == 20);
    }

    @Test
    void stopFromAnotherThreadEndsTraining() throws Exception {
        var source = TextSource.ofLines(Word2VecTraining.twoTopics(10, 200, 10, 1));
        var trainer = new Word2VecTrainer(LONG_RUN).showProgress(false);
        Thread stopper = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            trainer.stop();
        });
        long start = System.nanoTime();
        trainer.train(source);
        stopper.join();
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped well before 100,000 epochs");
    }
}
