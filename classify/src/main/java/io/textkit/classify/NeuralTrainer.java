package io.textkit.classify;

import io.textkit.core.nn.Losses;
import io.textkit.core.tensor.GradMode;
import io.textkit.core.tensor.Tensor;
import io.textkit.core.train.Metrics;
import io.textkit.core.train.TrainingLoop;
import io.textkit.core.train.TrainingStoppedException;
import io.textkit.corpora.LabelledExample;
import io.textkit.tokenize.Tokenizer;
import io.textkit.tokenize.Vocabulary;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * Trains a {@link NeuralClassifier} of any architecture the same way: the vocabulary from the
 * training texts (words below {@code minCount} become {@code <unk>}), mini-batches of texts of
 * similar length ({@link TrainingLoop#bucketBy}) padded and masked, cross-entropy (optionally
 * class-weighted), gradients clipped by global norm ({@link NeuralConfig#clipNorm()}), the
 * architecture's optimizer and constraint after every step, and with a development set the epoch
 * of best development accuracy (ties to the lower development loss), stopping after
 * {@code patience} epochs without improvement.
 * Examples are single-label. With one thread a seed gives a bit-identical model.
 */
public final class NeuralTrainer {
    private final NeuralConfig config;
    private PrintStream log;
    private PretrainedVectors pretrained;
    private boolean keepVectorLengths;
    private Map<String, Double> classWeights = Map.of();
    private boolean balanced;
    private volatile TrainingLoop running;
    private volatile boolean stopRequested;

    public NeuralTrainer(NeuralConfig config) {
        this.config = config;
    }

    /** Where epoch summaries and progress go; {@code null} (the default) for silence. */
    public NeuralTrainer log(PrintStream out) {
        this.log = out;
        return this;
    }

    /**
     * Pretrained word vectors for configs that start from them ({@link NeuralConfig#pretrained()}),
     * word → vector of length {@code dim} (read, not kept). The vocabulary takes in every pretrained
     * word, seen in training or not ({@link Vocabulary#withWords}), so a word that only prediction
     * meets still has its vector, as in Kim's (2014) code; training words without one start
     * U(−0.25, 0.25). Each vector is rescaled to the length a U(−0.25, 0.25) vector has on average,
     * √(dim/48), keeping its direction (see {@link #keepVectorLengths()}).
     */
    public NeuralTrainer pretrained(Map<String, float[]> vectors) {
        return pretrained(vectors, Integer.MAX_VALUE);
    }

    /**
     * As {@link #pretrained(Map)}, but only the first {@code unseenLimit} vectors join the vocabulary
     * if training does not see them (word2vec files list the most frequent first), which bounds the
     * model's size; every training word still takes its vector.
     */
    public NeuralTrainer pretrained(Map<String, float[]> vectors, int unseenLimit) {
        this.pretrained = new PretrainedVectors(vectors, unseenLimit);
        return this;
    }

    /**
     * Starts from the pretrained vectors as given instead of rescaling each to the length of a random
     * one, as Kim's code does with Google News vectors, whose components are already about as large as
     * U(−0.25, 0.25)'s. Rescaling keeps a word's vector length, which in word2vec grows with the
     * word's frequency (median 11 for the thousand most frequent words of 300-d CBOW vectors trained on
     * 9.4M words, against 2.5 for a random vector), from weighing the word in the network's input.
     */
    public NeuralTrainer keepVectorLengths() {
        this.keepVectorLengths = true;
        return this;
    }

    /**
     * Weights each class's examples in the loss by w_c = n / (classes · n_c), so every class counts
     * as much in total however rare it is (scikit-learn's "balanced").
     */
    public NeuralTrainer balancedClassWeights() {
        this.balanced = true;
        this.classWeights = Map.of();
        return this;
    }

    /** Weights the loss of each label's examples; labels left out weigh 1. */
    public NeuralTrainer classWeights(Map<String, Double> weights) {
        weights.forEach((label, w) -> {
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("the weight of class '" + label + "' must be finite and ≥ 0, got " + w);
            }
        });
        this.classWeights = Map.copyOf(weights);
        this.balanced = false;
        return this;
    }

    /**
     * Asks training to stop after the current batch (keeping the best epoch so far), and a
     * {@code train} still counting or encoding its examples to stop there with a
     * {@link TrainingStoppedException}; safe from any thread.
     */
    public void requestStop() {
        stopRequested = true;
        TrainingLoop loop = running;
        if (loop != null) {
            loop.requestStop();
        }
    }

    private void stopIfRequested(String phase) {
        if (stopRequested) {
            throw new TrainingStoppedException(phase);
        }
    }

    /** Trains on {@code train} for {@code config.epochs()} epochs. */
    public NeuralClassifier train(List<LabelledExample> train) {
        return train(train, List.of());
    }

    /**
     * Trains on {@code train}, choosing the epoch by accuracy on {@code dev} when it is not empty
     * (between epochs of equal accuracy, by the lower development loss).
     *
     * @throws IllegalArgumentException if there are no training examples, an example does not have
     *                                  exactly one label, a weighted class is not a training label, or
     *                                  the config needs pretrained vectors and none were given, or
     *                                  vectors were given to a config that starts from random ones
     */
    public NeuralClassifier train(List<LabelledExample> train, List<LabelledExample> dev) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        if (pretrained != null && !config.pretrained()) {
            throw new IllegalArgumentException(config.kind() + " with these settings starts from random word vectors"
                    + " and would ignore the pretrained ones; set channels to static, non-static or multichannel"
                    + " (textcnn) or pretrained=true (the other models)");
        }
        Tokenizer tokenizer = config.tokenizer().create();
        Vocabulary.Counter wordCounter = Vocabulary.counter();
        Vocabulary.Counter labelCounter = Vocabulary.counter();
        for (LabelledExample example : train) {
            stopIfRequested("counting the vocabulary");
            tokenizer.tokenize(example.text(), wordCounter::add);
            labelCounter.add(example.label());
        }
        Vocabulary trained = wordCounter.build(config.minCount(), 0, List.of(Vocabulary.PAD, Vocabulary.UNK));
        Vocabulary words = config.pretrained() ? pretrainedVectors().vocabulary(trained) : trained;
        Vocabulary labels = labelCounter.build(1, 0, List.of());
        ClassifierNetwork network = Architectures.network(config, words.size(), labels.size());
        if (config.pretrained()) {
            network.loadWordVectors(wordVectors(words));
        }
        NeuralClassifier classifier = new NeuralClassifier(config, words, labels, network);

        List<int[][]> inputs = train.stream().map(e -> {
            stopIfRequested("encoding the examples");
            return classifier.encode(e.text());
        }).toList();
        int[] targets = train.stream().mapToInt(e -> labels.id(e.label())).toArray();
        float[] weights = weights(labels, targets);
        TrainingLoop loop = new TrainingLoop(network, network.optimizer(), train.size(), batch -> {
            // The constraint on the previous step's result: a step is always followed by this, the dev
            // metric, or the end of training, each of which applies it first.
            network.constrain();
            List<int[][]> texts = Arrays.stream(batch).mapToObj(inputs::get).toList();
            int[] batchTargets = Arrays.stream(batch).map(i -> targets[i]).toArray();
            return Losses.crossEntropy(network.logits(texts), batchTargets, -1, 0f, weights);
        }).epochs(config.epochs()).batchSize(config.batchSize()).seed(config.seed()).log(log)
                .clipNorm(config.clipNorm()).bucketBy(inputs.stream().mapToInt(NeuralClassifier::length).toArray());
        if (!dev.isEmpty()) {
            List<int[][]> devInputs = dev.stream().map(e -> classifier.encode(e.text())).toList();
            int[] devTargets = dev.stream().mapToInt(e -> labels.id(e.label(), -1))
                    .toArray();
            loop.evaluateScore(() -> {
                network.constrain();
                return devScore(network, devInputs, devTargets);
            }, true, config.patience());
        }
        running = loop;
        if (stopRequested) {
            loop.requestStop();
        }
        try {
            loop.run();
        } finally {
            running = null;
        }
        network.constrain();
        return classifier;
    }

    /** The loss weight of each class id, or {@code null} when all weigh 1. */
    private float[] weights(Vocabulary labels, int[] targets) {
        if (!balanced && classWeights.isEmpty()) {
            return null;
        }
        float[] weights = new float[labels.size()];
        if (balanced) {
            long[] counts = new long[labels.size()];
            for (int t : targets) {
                counts[t]++;
            }
            for (int c = 0; c < weights.length; c++) {
                weights[c] = (float) ((double) targets.length / (labels.size() * counts[c]));
            }
            return weights;
        }
        Arrays.fill(weights, 1f);
        classWeights.forEach((label, w) -> {
            if (labels.id(label, -1) < 0) {
                throw new IllegalArgumentException("class weight for '" + label
                        + "', which is not a training label; labels: " + labels.words());
            }
            weights[labels.id(label)] = w.floatValue();
        });
        return weights;
    }

    /** The pretrained vectors, which a config starts from exactly when it says so. */
    private PretrainedVectors pretrainedVectors() {
        if (pretrained == null) {
            throw new IllegalArgumentException(config.kind() + " with these settings needs pretrained word vectors;"
                    + " pass them to pretrained()");
        }
        return pretrained;
    }

    /**
     * The pretrained vector of each word, U(−0.25, 0.25) for words without one and the specials. Unless
     * {@link #keepVectorLengths()}, each pretrained vector v becomes v · r / ‖v‖ with r = a·√(dim/3), the
     * root mean square length of a U(−a, a) vector (a = 0.25), so that words with and without a
     * pretrained vector start on one scale; a zero vector stays zero.
     */
    private FMatrixRMaj wordVectors(Vocabulary words) {
        int dim = config.dim();
        double randomLength = ClassifierNetwork.WORD_VECTOR_BOUND * Math.sqrt(dim / 3.0);
        Random random = new Random(config.seed() + 2);
        FMatrixRMaj table = new FMatrixRMaj(words.size(), dim);
        for (int id = 0; id < words.size(); id++) {
            float[] vector = id < words.specialCount() ? null : pretrained.of(words.word(id), dim);
            double scale = vector == null || keepVectorLengths ? 1 : randomLength / length(vector);
            for (int j = 0; j < dim; j++) {
                table.data[id * dim + j] = vector != null ? (float) (vector[j] * scale)
                        : (2 * random.nextFloat() - 1) * ClassifierNetwork.WORD_VECTOR_BOUND;
            }
        }
        return table;
    }

    /** ‖v‖, or +∞ for a zero vector, which any scale then leaves zero. */
    private static double length(float[] v) {
        double squares = 0;
        for (float x : v) {
            squares += (double) x * x;
        }
        return squares == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(squares);
    }

    /**
     * Accuracy on {@code inputs} (targets −1, labels unknown to training, count as errors) and the mean
     * cross-entropy of the examples with known labels, without a graph.
     */
    private TrainingLoop.DevScore devScore(ClassifierNetwork network, List<int[][]> inputs, int[] targets) {
        int correct = 0;
        int scored = 0;
        double loss = 0;
        try (GradMode.Scope off = GradMode.disable()) {
            for (int from = 0; from < inputs.size(); from += config.batchSize()) {
                int to = Math.min(inputs.size(), from + config.batchSize());
                Tensor logits = network.logits(new ArrayList<>(inputs.subList(from, to)));
                int[] batchTargets = Arrays.copyOfRange(targets, from, to);
                int[] predicted = Metrics.argmax(logits);
                int known = 0;
                for (int i = 0; i < predicted.length; i++) {
                    correct += predicted[i] == batchTargets[i] ? 1 : 0;
                    known += batchTargets[i] >= 0 ? 1 : 0;
                }
                loss += (double) known * Losses.crossEntropy(logits, batchTargets, -1, 0f).item();
                scored += known;
            }
        }
        return new TrainingLoop.DevScore((double) correct / inputs.size(), scored == 0 ? Double.NaN : loss / scored);
    }
}
