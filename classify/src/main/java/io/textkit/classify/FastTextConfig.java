package io.textkit.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.tokenize.TokenizerSettings;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * FastText's hyper-parameters, as plain data. {@link #defaults()} takes fastText's supervised
 * defaults (dim 100, lr 0.1, epoch 5, wordNgrams 1, minCount 1, softmax loss) except the bucket
 * count: 200,000 rather than 2,000,000, so that with word n-grams on the input matrix takes 80 MB
 * at dim 100 instead of 800 MB. As in fastText, the buckets are allocated only when
 * {@code wordNgrams > 1}.
 *
 * @param dim        embedding size
 * @param lr         initial learning rate, decayed linearly to 0 over all epochs
 * @param epochs     passes over the training data
 * @param wordNgrams longest word n-gram hashed into the buckets; 1 for words only
 * @param minCount   words seen fewer times are dropped from the vocabulary
 * @param buckets    rows for hashed word n-grams
 * @param threads    Hogwild training threads; 1 gives bit-identical results for a seed
 * @param seed       seeds initialisation and the per-epoch shuffles
 * @param loss       the output layer: a full softmax over the labels or a hierarchical one
 * @param endOfText  whether every text ends with the token {@code </s>}, as fastText ends every line
 *                   with its end-of-line token: a word that all texts share (a learned bias) and the
 *                   last word's partner in one more n-gram
 * @param tokenizer  how texts become tokens, at training and prediction time
 */
public record FastTextConfig(int dim, double lr, int epochs, int wordNgrams, int minCount, int buckets,
        int threads, long seed, Loss loss, boolean endOfText, TokenizerSettings tokenizer) {

    /** fastText's {@code -loss}: how the output layer turns the averaged embedding into label probabilities. */
    public enum Loss {
        /** A softmax over all labels ({@link SoftmaxStep}): a step costs O(labels·dim). */
        SOFTMAX,
        /** A hierarchical softmax over the labels' Huffman tree ({@link HierarchicalSoftmaxStep}): O(log labels·dim). */
        HS;

        /** The name as fastText's {@code -loss} and the model file write it: {@code softmax}, {@code hs}. */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The loss called {@code name} (case-insensitive).
         *
         * @throws IllegalArgumentException naming the known losses if there is none of that name
         */
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
        positive("dim", dim);
        positive("epochs", epochs);
        positive("wordNgrams", wordNgrams);
        positive("minCount", minCount);
        positive("threads", threads);
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("lr must be a positive number, got " + lr);
        }
        if (buckets < 0) {
            throw new IllegalArgumentException("buckets must be ≥ 0, got " + buckets);
        }
        if (wordNgrams > 1 && buckets == 0) {
            throw new IllegalArgumentException("wordNgrams " + wordNgrams + " needs buckets > 0 to hash the n-grams into");
        }
    }

    /** fastText's supervised defaults, one thread, seed 1, softmax, {@code </s>} at the end of each text, whitespace tokens lower-cased. */
    public static FastTextConfig defaults() {
        return new FastTextConfig(100, 0.1, 5, 1, 1, 200_000, 1, 1, Loss.SOFTMAX, true,
                TokenizerSettings.of(TokenizerSettings.Kind.WHITESPACE));
    }

    public FastTextConfig withDim(int value) {
        return new FastTextConfig(value, lr, epochs, wordNgrams, minCount, buckets, threads, seed, loss, endOfText, tokenizer);
    }

    public FastTextConfig withLr(double value) {
        return new FastTextConfig(dim, value, epochs, wordNgrams, minCount, buckets, threads, seed, loss, endOfText, tokenizer);
    }

    public FastTextConfig withEpochs(int value) {
        return new FastTextConfig(dim, lr, value, wordNgrams, minCount, buckets, threads, seed, loss, endOfText, tokenizer);
    }

    public FastTextConfig withWordNgrams(int value) {
        return new FastTextConfig(dim, lr, epochs, value, minCount, buckets, threads, seed, loss, endOfText, tokenizer);
    }

    public FastTextConfig withMinCount(int value) {
        return new FastTextConfig(dim, lr, epochs, wordNgrams, value, buckets, threads, seed, loss, endOfText, tokenizer);
    }

    public FastTextConfig withBuckets(int value) {
        return new FastTextConfig(dim, lr, epochs, wordNgrams, minCount, value, threads, seed, loss, endOfText, tokenizer);
    }

    public FastTextConfig withThreads(int value) {
        return new FastTextConfig(dim, lr, epochs, wordNgrams, minCount, buckets, value, seed, loss, endOfText, tokenizer);
    }

    public FastTextConfig withSeed(long value) {
        return new FastTextConfig(dim, lr, epochs, wordNgrams, minCount, buckets, threads, value, loss, endOfText, tokenizer);
    }

    public FastTextConfig withLoss(Loss value) {
        return new FastTextConfig(dim, lr, epochs, wordNgrams, minCount, buckets, threads, seed, value, endOfText, tokenizer);
    }

    public FastTextConfig withEndOfText(boolean value) {
        return new FastTextConfig(dim, lr, epochs, wordNgrams, minCount, buckets, threads, seed, loss, value, tokenizer);
    }

    public FastTextConfig withTokenizer(TokenizerSettings value) {
        return new FastTextConfig(dim, lr, epochs, wordNgrams, minCount, buckets, threads, seed, loss, endOfText, value);
    }

    /** Buckets actually allocated: none without word n-grams. */
    int allocatedBuckets() {
        return wordNgrams > 1 ? buckets : 0;
    }

    /** The hyper-parameters for a model file's {@code config}; the tokenizer goes in its metadata. */
    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("dim", dim);
        node.put("lr", lr);
        node.put("epochs", epochs);
        node.put("wordNgrams", wordNgrams);
        node.put("minCount", minCount);
        node.put("buckets", buckets);
        node.put("threads", threads);
        node.put("seed", seed);
        node.put("loss", loss.fileName());
        node.put("endOfText", endOfText);
        return node;
    }

    /**
     * Reads what {@link #toJson} wrote, with the tokenizer from the metadata. Files written before a
     * field existed read as the models they hold were trained: without {@code loss} a softmax,
     * without {@code endOfText} no end-of-text token.
     */
    static FastTextConfig fromJson(JsonNode node, TokenizerSettings tokenizer) {
        return new FastTextConfig(integer(node, "dim"), number(node, "lr"), integer(node, "epochs"),
                integer(node, "wordNgrams"), integer(node, "minCount"), integer(node, "buckets"),
                integer(node, "threads"), longInteger(node, "seed"), loss(node), endOfText(node), tokenizer);
    }

    private static Loss loss(JsonNode node) {
        JsonNode value = node.get("loss");
        if (value == null) {
            return Loss.SOFTMAX;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("fastText config: field 'loss' must be a string, got " + value);
        }
        return Loss.of(value.textValue());
    }

    private static boolean endOfText(JsonNode node) {
        JsonNode value = node.get("endOfText");
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("fastText config: field 'endOfText' must be true or false, got " + value);
        }
        return value.booleanValue();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("fastText config: field '" + field + "' must be an integer, got " + value);
        }
        return value.intValue();
    }

    private static long longInteger(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("fastText config: field '" + field + "' must be an integer, got " + value);
        }
        return value.longValue();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("fastText config: field '" + field + "' must be a number, got " + value);
        }
        return value.doubleValue();
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be ≥ 1, got " + value);
        }
    }
}
