package io.textkit.classify;

import io.textkit.core.nn.Losses;
import io.textkit.core.optim.Adadelta;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.train.Metrics;
import io.textkit.core.train.TrainingLoop;
import io.textkit.corpora.LabelledExample;
import io.textkit.tokenize.Tokenizer;
import io.textkit.tokenize.Vocabulary;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.ejml.data.FMatrixRMaj;

/**
 * Trains a {@link TextCnnClassifier} as Kim (2014) did: the vocabulary from the training texts
 * (words below {@code minCount} become {@code <unk>}), shuffled mini-batches, cross-entropy, Adadelta
 * (lr 1.0, ρ 0.95, ε 1e-6), and the max-norm constraint on the output weights after every step. With
 * a development set it keeps the epoch of best development accuracy and stops after
 * {@code patience} epochs without improvement. Examples are single-label. The static, non-static
 * and multichannel variants start from {@link #pretrained} vectors. With one thread a seed
 * gives a bit-identical model.
 */
public final class TextCnnTrainer {
    private final TextCnnConfig config;
    private PrintStream log;
    private Function<String, float[]> pretrained;

    public TextCnnTrainer(TextCnnConfig config) {
        this.config = config;
    }

    /** Where epoch summaries go; {@code null} (the default) for silence. */
    public TextCnnTrainer log(PrintStream out) {
        this.log = out;
        return this;
    }

    /**
     * Pretrained word vectors for the static, non-static and multichannel variants: the vector of a
     * word (of length {@code dim}, read, not kept), or {@code null} when there is none; such words start
     * U(−0.25, 0.25) as in Kim (2014). Ignored by CNN-rand.
     */
    public TextCnnTrainer pretrained(Function<String, float[]> vectors) {
        this.pretrained = vectors;
        return this;
    }

    /** Trains on {@code train} for {@code config.epochs()} epochs. */
    public TextCnnClassifier train(List<LabelledExample> train) {
        return train(train, List.of());
    }

    /**
     * Trains on {@code train}, choosing the epoch by accuracy on {@code dev} when it is not empty.
     *
     * @throws IllegalArgumentException if there are no training examples, an example does not have
     *                                  exactly one label, or the variant needs pretrained vectors and
     *                                  none were given
     */
    public TextCnnClassifier train(List<LabelledExample> train, List<LabelledExample> dev) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Tokenizer tokenizer = config.tokenizer().create();
        Vocabulary.Counter wordCounter = Vocabulary.counter();
        Vocabulary.Counter labelCounter = Vocabulary.counter();
        for (LabelledExample example : train) {
            tokenizer.tokenize(example.text(), wordCounter::add);
            labelCounter.add(example.label());
        }
        Vocabulary words = wordCounter.build(config.minCount(), 0, List.of(Vocabulary.PAD, Vocabulary.UNK));
        Vocabulary labels = labelCounter.build(1, 0, List.of());
        TextCnnModel model = new TextCnnModel(words.size(), labels.size(), config);
        if (config.channels().pretrained()) {
            model.loadWordVectors(wordVectors(words));
        }
        TextCnnClassifier classifier = new TextCnnClassifier(config, words, labels, model);

        int[][] inputs = train.stream().map(e -> classifier.ids(e.text())).toArray(int[][]::new);
        int[] targets = train.stream().mapToInt(e -> labels.id(e.label())).toArray();
        TrainingLoop loop = new TrainingLoop(model, new Adadelta(model.namedParameters()), train.size(), batch -> {
            // The constraint on the previous step's result: a step is always followed by this, the dev
            // metric, or the end of training, each of which applies it first.
            constrain(model);
            int[][] sequences = Arrays.stream(batch).mapToObj(i -> inputs[i]).toArray(int[][]::new);
            int[] batchTargets = Arrays.stream(batch).map(i -> targets[i]).toArray();
            return Losses.crossEntropy(model.forward(batch(sequences)), batchTargets);
        }).epochs(config.epochs()).batchSize(config.batchSize()).seed(config.seed()).log(log);
        if (!dev.isEmpty()) {
            int[][] devInputs = dev.stream().map(e -> classifier.ids(e.text())).toArray(int[][]::new);
            int[] devTargets = dev.stream().mapToInt(e -> labels.id(e.label())).toArray();
            loop.evaluate(() -> {
                constrain(model);
                return accuracy(model, devInputs, devTargets);
            }, true, config.patience());
        }
        loop.run();
        constrain(model);
        return classifier;
    }

    /** The pretrained vector of each word, U(−0.25, 0.25) for words without one and the specials. */
    private FMatrixRMaj wordVectors(Vocabulary words) {
        if (pretrained == null) {
            throw new IllegalArgumentException(config.channels()
                    + " needs pretrained word vectors; pass them to pretrained()");
        }
        int dim = config.dim();
        Random random = new Random(config.seed() + 2);
        FMatrixRMaj table = new FMatrixRMaj(words.size(), dim);
        for (int id = 0; id < words.size(); id++) {
            float[] vector = id < words.specialCount() ? null : pretrained.apply(words.word(id));
            if (vector != null && vector.length != dim) {
                throw new IllegalArgumentException("the pretrained vector of '" + words.word(id) + "' has "
                        + vector.length + " dimensions, the config " + dim);
            }
            for (int j = 0; j < dim; j++) {
                table.data[id * dim + j] = vector != null ? vector[j]
                        : (2 * random.nextFloat() - 1) * TextCnnModel.WORD_VECTOR_BOUND;
            }
        }
        return table;
    }

    private void constrain(TextCnnModel model) {
        if (config.maxNorm() > 0) {
            model.constrainOutputNorms(config.maxNorm());
        }
    }

    private TokenBatch batch(int[][] sequences) {
        return TokenBatch.of(sequences, config.widestFilter(), TextCnnModel.PADDING_ID);
    }

    /** Accuracy on {@code inputs} (labels unknown to training count as errors), in batches, without a graph. */
    private double accuracy(TextCnnModel model, int[][] inputs, int[] targets) {
        int correct = 0;
        try (GradMode.Scope off = GradMode.disable()) {
            for (int from = 0; from < inputs.length; from += config.batchSize()) {
                int to = Math.min(inputs.length, from + config.batchSize());
                int[] predicted = Metrics.argmax(model.forward(batch(Arrays.copyOfRange(inputs, from, to))));
                for (int i = from; i < to; i++) {
                    correct += predicted[i - from] == targets[i] ? 1 : 0;
                }
            }
        }
        return (double) correct / inputs.length;
    }
}
