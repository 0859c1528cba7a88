package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.textkit.core.config.Configs;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One thread and one seed give bit-identical matrices; another seed gives others. Hierarchical
 * softmax is always on, alone or together with negative sampling, so every matrix is covered.
 */
class DeterminismTest {
    @ParameterizedTest(name = "cbow={0} negative={1}")
    @CsvSource({"false,0", "false,3", "true,0", "true,3"})
    void oneThreadSameSeedIsBitIdentical(boolean cbow, int negative) throws Exception {
        var source = TextSource.ofLines(Word2VecTraining.twoTopics(10, 300, 10, 4));
        var config = Configs.with(Word2VecTraining.small(cbow, true), Map.of("negative", negative, "sample", 1e-2,
                "seed", 42));
        Word2VecModel first = new Word2VecTrainer(config).showProgress(false).train(source);
        Word2VecModel second = new Word2VecTrainer(config).showProgress(false).train(source);
        Word2VecModel other = new Word2VecTrainer(Configs.with(config, "seed", 43)).showProgress(false)
                .train(source);
        assertArrayEquals(first.input().data, second.input().data);
        assertArrayEquals(first.hsOutput().data, second.hsOutput().data);
        if (negative > 0) {
            assertArrayEquals(first.nsOutput().data, second.nsOutput().data);
        }
        assertFalse(Arrays.equals(first.input().data, other.input().data));
    }
}
