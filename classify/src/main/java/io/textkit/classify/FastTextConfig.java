package io.textkit.classify;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.textkit.core.config.Check;
import io.textkit.core.config.WhenAbsent;
import io.textkit.tokenize.TokenizerSettings;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * FastText's hyper-parameters, as plain data, read, written and overridden by
 * {@link io.textkit.core.config.Configs}. {@link #defaults()} takes fastText's supervised
 * defaults (dim 100, lr 0.1, epoch 5, wordNgrams 1, minCount 1, softmax loss) except the bucket
 * count: 200,000 rather than 2,000,000, so that with word n-grams on the input matrix takes 80 MB
 * at dim 100 instead of 800 MB. As in fastText, the buckets are allocated only when
 * {@code wordNgrams > 1}.
 *
 * @param dim        embedding size
 * @param learningRate initial learning rate (fastText's {@code -lr}), decayed linearly to 0 over all
 *                   epochs
 * @param epochs     passes over the training data
 * @param wordNgrams longest word n-gram hashed into the buckets; 1 for words only
 * @param minCount   words seen fewer times are dropped from the vocabulary
 * @param buckets    rows for hashed word n-grams
 * @param threads    Hogwild training threads; 1 gives bit-identical results for a seed
 * @param seed       seeds initialisation and the per-epoch shuffles
 * @param loss       the output layer: a full softmax over the labels or a hierarchical one; a model
 *                   file written before this field existed holds a softmax
 * @param endOfText  whether every text ends with the token {@code </s>}, as fastText ends every line
 *                   with its end-of-line token: a word that all texts share (a learned bias) and the
 *                   last word's partner in one more n-gram; a model file written before this field
 *                   existed holds a model trained without
 * @param tokenizer  how texts become tokens, at training and prediction time
 */
public record FastTextConfig(int dim, @JsonAlias("lr") double learningRate, int epochs, int wordNgrams, int minCount,
        int buckets, int threads, long seed, @WhenAbsent("softmax") Loss loss, @WhenAbsent("false") boolean endOfText,
        TokenizerSettings tokenizer) {

    /** fastText's {@code -loss}: how the output layer turns the averaged embedding into label probabilities. */
    public enum Loss {
        /** A softmax over all labels ({@link SoftmaxStep}): a step costs O(labels·dim). */
        SOFTMAX,
        /** A hierarchical softmax over the labels' Huffman tree ({@link HierarchicalSoftmaxStep}): O(log labels·dim). */
        HS;

        /** The name as fastText's {@code -loss} and the model file write it: {@code softmax}, {@code hs}. */
        @JsonValue
        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The loss called {@code name} (case-insensitive).
         *
         * @throws IllegalArgumentException naming the known losses if there is none of that name
         */
        @JsonCreator
        public static Loss of(String name) {
            for (Loss loss : values()) {
                if (loss.fileName().equals(name.toLowerCase(Locale.ROOT))) {
                    return loss;
                }
            }
            throw new IllegalArgumentException("unknown loss '" + name + "'; known losses: "
                    + Arrays.stream(values()).map(Loss::fileName).collect(Collectors.joining(", ")));
        }
    }

    public FastTextConfig {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Check.positive("dim", dim);
        Check.positive("learningRate", learningRate);
        Check.positive("epochs", epochs);
        Check.positive("wordNgrams", wordNgrams);
        Check.positive("minCount", minCount);
        Check.positive("threads", threads);
        Check.nonNegative("buckets", buckets, "none");
        Check.that(wordNgrams == 1 || buckets > 0,
                "wordNgrams " + wordNgrams + " needs buckets > 0 to hash the n-grams into");
    }

    /** fastText's supervised defaults, one thread, seed 1, softmax, {@code </s>} at the end of each text, whitespace tokens lower-cased. */
    public static FastTextConfig defaults() {
        return new FastTextConfig(100, 0.1, 5, 1, 1, 200_000, 1, 1, Loss.SOFTMAX, true,
                TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
    }

    /** Buckets actually allocated: none without word n-grams. */
    int allocatedBuckets() {
        return wordNgrams > 1 ? buckets : 0;
    }
}
