package io.textkit.classify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.textkit.core.config.Check;
import io.textkit.core.config.WhenAbsent;
import io.textkit.tokenize.TokenizerSettings;
import java.util.List;
import java.util.Objects;

/**
 * TextCNN's hyper-parameters, as plain data. {@link #defaults()} takes Kim's (2014) CNN-rand
 * settings: 300-dimensional word vectors, filter widths 3, 4, 5 with 100 feature maps each, dropout
 * 0.5, max-norm s = 3 on the output weights, texts padded on both sides, mini-batches of 50, trained
 * with Adadelta (lr 1.0, ρ 0.95).
 *
 * @param dim       word vector size
 * @param widths    filter widths; one convolution per width
 * @param maps      feature maps (filters) per width
 * @param dropout   dropout probability on the pooled features, in [0, 1)
 * @param maxNorm   Kim's s: each class's output weight vector, as trained under dropout, is rescaled
 *                  to L2 norm ≤ s after every step (the stored, test-time vector to ≤ (1 − dropout)·s);
 *                  0 turns the constraint off
 * @param batchSize examples per mini-batch
 * @param epochs    passes over the training data (the most, with a development set)
 * @param patience  with a development set, epochs without improvement before stopping early
 * @param minCount  training words seen fewer times map to {@code <unk>}
 * @param seed      seeds initialisation, dropout and the batch shuffles
 * @param channels  where the word vectors come from and whether they train (Kim's four variants)
 * @param padBefore whether texts are padded before their first word as well as after their last
 *                  (Kim's code), so the first words sit in as many windows as the others; model files
 *                  from before this setting existed padded after only, and still do
 * @param tokenizer how texts become tokens, at training and prediction time
 */
@JsonIgnoreProperties(value = "optimizer", allowGetters = true)
public record TextCnnConfig(int dim, List<Integer> widths, int maps, double dropout, double maxNorm, int batchSize,
        int epochs, int patience, int minCount, long seed, Channels channels, @WhenAbsent("false") boolean padBefore,
        TokenizerSettings tokenizer)
        implements NeuralConfig {
    /** The model file kind. */
    public static final String KIND = "textcnn";

    public TextCnnConfig {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(channels, "channels");
        widths = List.copyOf(widths);
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("widths must list at least one filter width");
        }
        widths.forEach(w -> Check.positive("filter width", w));
        Architectures.checkTraining(dim, batchSize, epochs, patience, minCount);
        Check.positive("maps", maps);
        Check.fraction("dropout", dropout);
        Check.nonNegative("maxNorm", maxNorm);
    }

    /** Kim's settings, CNN-rand, 25 epochs, patience 5, minCount 1, seed 1, whitespace tokens lower-cased. */
    public static TextCnnConfig defaults() {
        return new TextCnnConfig(300, List.of(3, 4, 5), 100, 0.5, 3, 50, 25, 5, 1, 1, Channels.RAND, true,
                TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** True for the static, non-static and multichannel variants. */
    @Override
    public boolean pretrained() {
        return channels.pretrained();
    }

    /** The optimizer the architecture trains with, written to the model file for information. */
    @JsonProperty("optimizer")
    String optimizer() {
        return "adadelta";
    }

    /** The widest filter: every batch is padded to at least this many steps. */
    int widestFilter() {
        return widths.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** Kim's variants: where the word vectors start and whether training changes them. */
    public enum Channels {
        /** CNN-rand: random vectors, trained. */
        RAND,
        /** CNN-static: pretrained vectors, kept fixed. */
        STATIC,
        /** CNN-non-static: pretrained vectors, fine-tuned. */
        NON_STATIC,
        /**
         * CNN-multichannel: a fixed and a fine-tuned copy of the pretrained vectors; each filter reads
         * both and adds the results.
         */
        MULTICHANNEL;

        /** True when the variant starts from pretrained vectors. */
        public boolean pretrained() {
            return this != RAND;
        }
    }
}
