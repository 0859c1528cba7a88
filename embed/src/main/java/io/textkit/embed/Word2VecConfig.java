package io.textkit.embed;

/**
 * The hyper-parameters of a word2vec run, as plain data: it is saved in the model file and read
 * back by Jackson, and every constructor call validates, so a config that exists is a valid one.
 * Build one with {@link #builder()}; the defaults are the C tool's and gensim's.
 *
 * @param dimension         length of each word vector (100)
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
 * @param alpha             starting learning rate (0.025 for skip-gram, 0.05 for CBOW)
 * @param minAlpha          learning rate reached at the end, decayed linearly (alpha·1e-4)
 * @param threads           Hogwild worker threads (the available processors)
 * @param seed              seeds the initial vectors and each thread's random stream (1)
 * @param maxSentenceLength longer lines are cut into pieces of this many in-vocabulary words
 *                          (10000, as gensim; the C tool uses 1000). Windows never cross a cut.
 */
public record Word2VecConfig(int dimension, int window, int negative, boolean hs, boolean cbow, boolean cbowMean,
        double sample, int minCount, int maxVocab, int epochs, double alpha, double minAlpha, int threads, long seed,
        int maxSentenceLength) {

    /** Checks every field and throws {@link IllegalArgumentException} naming the first bad one. */
    public Word2VecConfig {
        require(dimension >= 1, "dimension must be at least 1, got " + dimension);
        require(window >= 1, "window must be at least 1, got " + window);
        require(negative >= 0, "negative must be 0 (off) or more, got " + negative);
        require(hs || negative > 0,
                "word2vec needs an output layer: set hs=true, or negative to a positive number such as 5");
        require(sample >= 0 && sample < 1, "sample must be in [0, 1) (0 turns subsampling off), got " + sample);
        require(minCount >= 1, "minCount must be at least 1, got " + minCount);
        require(maxVocab >= 0, "maxVocab must be 0 (no limit) or more, got " + maxVocab);
        require(epochs >= 1, "epochs must be at least 1, got " + epochs);
        require(alpha > 0 && Double.isFinite(alpha), "alpha must be a positive number, got " + alpha);
        require(minAlpha >= 0 && minAlpha <= alpha,
                "minAlpha must be between 0 and alpha (" + alpha + "), got " + minAlpha);
        require(threads >= 1, "threads must be at least 1, got " + threads);
        require(maxSentenceLength >= 1, "maxSentenceLength must be at least 1, got " + maxSentenceLength);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this config's values. */
    public Builder toBuilder() {
        return new Builder().dimension(dimension).window(window).negative(negative).hs(hs).cbow(cbow)
                .cbowMean(cbowMean).sample(sample).minCount(minCount).maxVocab(maxVocab).epochs(epochs)
                .alpha(alpha).minAlpha(minAlpha).threads(threads).seed(seed).maxSentenceLength(maxSentenceLength);
    }

    /**
     * Builds a {@link Word2VecConfig}. An unset alpha follows the architecture (0.025 skip-gram,
     * 0.05 CBOW), and an unset minAlpha is alpha·1e-4, both as the C tool.
     */
    public static final class Builder {
        private int dimension = 100;
        private int window = 5;
        private int negative = 5;
        private boolean hs;
        private boolean cbow;
        private boolean cbowMean = true;
        private double sample = 1e-3;
        private int minCount = 5;
        private int maxVocab;
        private int epochs = 5;
        private Double alpha;
        private Double minAlpha;
        private int threads = Runtime.getRuntime().availableProcessors();
        private long seed = 1;
        private int maxSentenceLength = 10_000;

        private Builder() {}

        public Builder dimension(int value) { dimension = value; return this; }
        public Builder window(int value) { window = value; return this; }
        public Builder negative(int value) { negative = value; return this; }
        public Builder hs(boolean value) { hs = value; return this; }
        public Builder cbow(boolean value) { cbow = value; return this; }
        public Builder cbowMean(boolean value) { cbowMean = value; return this; }
        public Builder sample(double value) { sample = value; return this; }
        public Builder minCount(int value) { minCount = value; return this; }
        public Builder maxVocab(int value) { maxVocab = value; return this; }
        public Builder epochs(int value) { epochs = value; return this; }
        public Builder alpha(double value) { alpha = value; return this; }
        public Builder minAlpha(double value) { minAlpha = value; return this; }
        public Builder threads(int value) { threads = value; return this; }
        public Builder seed(long value) { seed = value; return this; }
        public Builder maxSentenceLength(int value) { maxSentenceLength = value; return this; }

        /** The config; throws {@link IllegalArgumentException} naming the first invalid value. */
        public Word2VecConfig build() {
            double a = alpha != null ? alpha : cbow ? 0.05 : 0.025;
            double min = minAlpha != null ? minAlpha : a * 1e-4;
            return new Word2VecConfig(dimension, window, negative, hs, cbow, cbowMean, sample, minCount, maxVocab,
                    epochs, a, min, threads, seed, maxSentenceLength);
        }
    }
}
