package io.textkit.embed;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.textkit.core.config.Check;

/**
 * The hyper-parameters of a word2vec run, as plain data: read, written and overridden by
 * {@link io.textkit.core.config.Configs} (the model file, {@code embed train --set FIELD=VALUE}, and
 * {@code Configs.with(config, "window", 10)} in Java), and every constructor call validates, so a
 * config that exists is a valid one. {@link #defaults(boolean)} gives the C tool's and gensim's.
 *
 * @param dim               length of each word vector (100); older model files call it
 *                          {@code dimension}
 * @param window            largest distance between a centre word and a context word (5); each
 *                          position draws a reduced window uniformly from 1..window
 * @param negative          noise words drawn per positive pair; 0 turns negative sampling off (5)
 * @param hs                train a hierarchical softmax over the Huffman tree as well (false)
 * @param cbow              continuous bag of words instead of skip-gram (false)
 * @param cbowMean          CBOW averages the context vectors instead of summing them (true)
 * @param sample            frequent-word subsampling threshold; 0 keeps every word (1e-3)
 * @param minCount          words seen fewer times are dropped from the vocabulary (5)
 * @param maxVocab          keep at most this many most frequent words; 0 means no limit (0)
 * @param epochs            passes over the corpus (5)
 * @param learningRate      starting learning rate, the C tool's {@code -alpha} (0.025 for skip-gram,
 *                          0.05 for CBOW); older model files call it {@code alpha}
 * @param minLearningRate   learning rate reached at the end, decayed linearly (learningRate·1e-4 in
 *                          the defaults; changing learningRate alone leaves it as it is); older
 *                          model files call it {@code minAlpha}
 * @param threads           Hogwild worker threads (the available processors)
 * @param seed              seeds the initial vectors and each thread's random stream (1)
 * @param maxSentenceLength longer lines are cut into pieces of this many in-vocabulary words
 *                          (10000, as gensim; the C tool uses 1000). Windows never cross a cut.
 */
public record Word2VecConfig(@JsonAlias("dimension") int dim, int window, int negative, boolean hs, boolean cbow,
        boolean cbowMean, double sample, int minCount, int maxVocab, int epochs,
        @JsonAlias("alpha") double learningRate, @JsonAlias("minAlpha") double minLearningRate, int threads, long seed,
        int maxSentenceLength) {

    /** Checks every field and throws {@link IllegalArgumentException} naming the first bad one. */
    public Word2VecConfig {
        Check.positive("dim", dim);
        Check.positive("window", window);
        Check.nonNegative("negative", negative, "none");
        Check.that(hs || negative > 0,
                "word2vec needs an output layer: set hs=true, or negative to a positive number such as 5");
        Check.fraction("sample", sample);
        Check.positive("minCount", minCount);
        Check.nonNegative("maxVocab", maxVocab, "no limit");
        Check.positive("epochs", epochs);
        Check.positive("learningRate", learningRate);
        Check.inRange("minLearningRate", minLearningRate, 0, learningRate);
        Check.positive("threads", threads);
        Check.positive("maxSentenceLength", maxSentenceLength);
    }

    /**
     * The C tool's defaults for skip-gram ({@code cbow} false) or CBOW: 100 dimensions, window 5,
     * 5 negative samples, no hierarchical softmax, sample 1e-3, minCount 5, 5 epochs, learning rate
     * 0.025 for skip-gram and 0.05 for CBOW decayed to 1e-4 of itself, one thread per processor,
     * seed 1, and gensim's cut of lines at 10,000 words.
     */
    public static Word2VecConfig defaults(boolean cbow) {
        double learningRate = cbow ? 0.05 : 0.025;
        return new Word2VecConfig(100, 5, 5, false, cbow, true, 1e-3, 5, 0, 5, learningRate, learningRate * 1e-4,
                Runtime.getRuntime().availableProcessors(), 1, 10_000);
    }
}
