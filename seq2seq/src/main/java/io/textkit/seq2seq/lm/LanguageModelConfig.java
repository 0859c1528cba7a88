package io.textkit.seq2seq.lm;

import io.textkit.core.config.Check;
import io.textkit.core.nn.GruCell;
import io.textkit.core.nn.LstmCell;
import io.textkit.core.nn.RecurrentCell;
import java.util.Objects;

/**
 * The recurrent language model's hyper-parameters, as plain data ({@link LanguageModel} has the
 * equations, {@link LanguageModelTrainer} the training loop). {@link #defaults()} is the "medium"
 * setting of Zaremba et al. (2014) scaled to a laptop: one LSTM layer of 512 units over 256-dimensional
 * word vectors, dropout 0.2, truncated back-propagation through 35 steps of 32 parallel streams, Adam
 * with lr 2e-3, gradients clipped to global norm 1.
 *
 * @param cell          the recurrent cell
 * @param dim           word vector size
 * @param hidden        units of each recurrent layer
 * @param layers        stacked recurrent layers
 * @param dropout       dropout probability on the word vectors, between layers and on the last
 *                      layer's output, in [0, 1)
 * @param tied          whether the output layer reuses the word vectors (Press &amp; Wolf 2017; Inan
 *                      et al. 2017); needs {@code hidden == dim}
 * @param bptt          time steps back-propagation runs through before the state is detached
 * @param batchSize     parallel streams the training text is cut into
 * @param epochs        passes over the training text (the most: training stops early when the
 *                      held-out perplexity stops improving)
 * @param patience      epochs without a better held-out perplexity before stopping
 * @param optimizer     the update rule
 * @param learningRate  the learning rate of the first epoch
 * @param lrDecay       the learning rate is multiplied by this after every epoch, in (0, 1]
 * @param clipNorm      gradients are rescaled to this global L2 norm when above it; 0 turns it off
 * @param minCount      training words seen fewer times map to {@code <unk>}
 * @param maxVocabulary the most word types kept (the most frequent), specials included; 0 for no limit
 * @param seed          seeds initialisation and dropout
 */
public record LanguageModelConfig(Cell cell, int dim, int hidden, int layers, double dropout, boolean tied, int bptt,
        int batchSize, int epochs, int patience, Optimizer optimizer, double learningRate, double lrDecay,
        double clipNorm, int minCount, int maxVocabulary, long seed) {

    public LanguageModelConfig {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(optimizer, "optimizer");
        Check.positive("dim", dim);
        Check.positive("hidden", hidden);
        Check.positive("layers", layers);
        Check.fraction("dropout", dropout);
        Check.that(!tied || hidden == dim, "tied input and output embeddings need hidden == dim, got hidden " + hidden
                + " and dim " + dim);
        Check.positive("bptt", bptt);
        Check.positive("batchSize", batchSize);
        Check.positive("epochs", epochs);
        Check.positive("patience", patience);
        Check.positive("learningRate", learningRate);
        Check.that(lrDecay > 0 && lrDecay <= 1, "lrDecay must be in (0, 1], got " + lrDecay);
        Check.nonNegative("clipNorm", clipNorm);
        Check.positive("minCount", minCount);
        Check.nonNegative("maxVocabulary", maxVocabulary, "no limit");
    }

    /** The defaults above, 10 epochs, patience 2, no learning-rate decay, minCount 1, no vocabulary cap, seed 1. */
    public static LanguageModelConfig defaults() {
        return new LanguageModelConfig(Cell.LSTM, 256, 512, 1, 0.2, false, 35, 32, 10, 2, Optimizer.ADAM, 2e-3, 1, 1,
                1, 0, 1);
    }

    /** The recurrent cell. */
    public enum Cell {
        /** Long short-term memory, {@link LstmCell}. */
        LSTM,
        /** Gated recurrent unit, {@link GruCell}. */
        GRU;

        RecurrentCell.Factory factory() {
            return this == LSTM ? LstmCell::new : GruCell::new;
        }
    }

    /** The update rule. */
    public enum Optimizer {
        /** Adam (Kingma &amp; Ba 2015), β₁ 0.9, β₂ 0.999, ε 1e-8. */
        ADAM,
        /** Plain stochastic gradient descent, as Zaremba et al. train with lr 1 and a decay. */
        SGD
    }
}
