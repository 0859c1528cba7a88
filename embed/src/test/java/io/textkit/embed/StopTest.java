package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.config.Configs;
import io.textkit.core.train.TrainingStoppedException;
import io.textkit.tokenize.Vocabulary;
import java.io.BufferedReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Training ends at the next sentence when asked to, and returns the model trained so far; the
 * reading passes (counting, encoding) end at the next line, with no model.
 */
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

    @Test
    void aStopWhileCountingEndsAnEndlessText() {
        var trainer = new Word2VecTrainer(LONG_RUN).showProgress(false);
        TextSource endless = () -> new BufferedReader(new EndlessText(trainer));
        TrainingStoppedException stopped = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(TrainingStoppedException.class, () -> trainer.train(endless)));
        assertTrue(stopped.getMessage().contains("counting"), stopped.getMessage());
    }

    @Test
    void aStopWhileEncodingEndsAnEndlessText() throws Exception {
        var trainer = new Word2VecTrainer(LONG_RUN).showProgress(false);
        Vocabulary vocabulary = trainer.buildVocabulary(TextSource.ofLines(Word2VecTraining.twoTopics(10, 200, 10, 1)));
        TextSource endless = () -> new BufferedReader(new EndlessText(trainer));
        TrainingStoppedException stopped = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(TrainingStoppedException.class, () -> trainer.encode(endless, vocabulary)));
        assertTrue(stopped.getMessage().contains("encoding"), stopped.getMessage());
    }

    @Test
    void aStopBeforeTrainingIsNotForgotten() {
        var trainer = new Word2VecTrainer(LONG_RUN).showProgress(false);
        trainer.stop();
        assertThrows(TrainingStoppedException.class,
                () -> trainer.train(TextSource.ofLines(Word2VecTraining.twoTopics(10, 200, 10, 1))));
    }

    /** The same sentence forever; asks the trainer to stop from another thread after 10,000 lines. */
    private static final class EndlessText extends Reader {
        private static final char[] LINE = "the quick brown fox jumps over the lazy dog\n".toCharArray();
        private final Word2VecTrainer trainer;
        private long served;

        EndlessText(Word2VecTrainer trainer) {
            this.trainer = trainer;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws InterruptedIOException {
            int n = Math.min(length, LINE.length);
            System.arraycopy(LINE, 0, buffer, offset, n);
            if (++served == 10_000) {
                try {
                    Thread.ofPlatform().start(trainer::stop).join();
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
            }
            return n;
        }

        @Override
        public void close() {}
    }
}
