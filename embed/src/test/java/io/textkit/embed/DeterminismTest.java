package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One thread and one seed give bit-identical matrices; another seed gives others. */
class DeterminismTest {
    @ParameterizedTest(name = "cbow={0} hs={1}")
    @CsvSource({"false,false", "false,true", "true,false", "true,true"})
    void oneThreadSameSeedIsBitIdentical(boolean cbow, boolean hs) throws Exception {
        var source = TextSource.ofLines(Word2VecTraining.twoTopics(10, 300, 10, 4));
        var config = Word2VecTraining.small(cbow, hs).hs(true).negative(hs ? 0 : 3).sample(1e-2).seed(42).build();
        Word2VecModel first = new Word2VecTrainer(config).showProgress(false).train(source);
        Word2VecModel second = new Word2VecTrainer(config).showProgress(false).train(source);
        Word2VecModel other = new Word2VecTrainer(config.toBuilder().seed(43).build()).showProgress(false)
                .train(source);
        assertArrayEquals(first.input().data, second.input().data);
        assertArrayEquals(first.hsOutput().data, second.hsOutput().data);
        if (!hs) {
            assertArrayEquals(first.nsOutput().data, second.nsOutput().data);
        }
        assertFalse(Arrays.equals(first.input().data, other.input().data));
    }
}
