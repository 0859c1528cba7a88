package io.textkit.embed;

/**
 * The linear decay of word2vec: α(p) = α₀ − (α₀ − α_min)·p, where p is the fraction of all
 * epochs' words processed so far by all threads together (words dropped by subsampling count as
 * processed, as in the C tool and gensim).
 */
final class LearningRate {
    private final double start;
    private final double end;
    private final double totalWords;

    /** Decays from {@code start} to {@code end} over {@code totalWords} (epochs × words per epoch). */
    LearningRate(double start, double end, long totalWords) {
        this.start = start;
        this.end = end;
        this.totalWords = Math.max(1, totalWords);
    }

    /** α after {@code wordsDone} words, held at the end rate once all are done. */
    float at(long wordsDone) {
        double progress = Math.min(1.0, wordsDone / totalWords);
        return (float) (start - (start - end) * progress);
    }
}
