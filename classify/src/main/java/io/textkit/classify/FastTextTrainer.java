package io.textkit.classify;

import io.textkit.core.train.TrainingDivergedException;
import io.textkit.core.train.TrainingStoppedException;
import io.textkit.corpora.Corpus;
import io.textkit.corpora.LabelledExample;
import io.textkit.tokenize.Tokenizer;
import io.textkit.tokenize.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;

/**
 * Trains a {@link FastTextClassifier} the way fastText's supervised mode does: plain SGD, one
 * example at a time, over {@code float[]} weights with sparse updates ({@link FastTextStep}, with a
 * softmax or a hierarchical softmax over the labels' Huffman tree as {@code loss} says), the
 * learning rate decaying linearly from {@code lr} to 0 over all epochs, input rows initialised
 * uniformly in ±1/dim and output rows at 0. With several threads they share the weights without
 * locks (Hogwild), each taking every {@code threads}-th example.
 *
 * <p>Two differences from fastText: the rate decays per example rather than per token, and each
 * thread shuffles its examples every epoch (with its own seeded {@link Random}), so files sorted
 * by label train well. An example with several labels trains, each time it is seen, on one of them
 * drawn at random, as fastText's softmax and hierarchical softmax do. With one thread, a seed gives
 * bit-identical models.
 *
 * <p>With {@link #pretrained} the model works as fastText's {@code -pretrainedVectors}: the
 * vocabulary takes in every pretrained word, seen in training or not ({@link Vocabulary#withWords}),
 * and their rows start from the pretrained vectors, so a word that only prediction meets still has
 * its vector; training words without one and the n-gram buckets start as above.
 *
 * <p>{@link #stop()} ends training at the next example of every thread, and {@code train} returns
 * the model trained so far; a stop while the examples are counted or turned into features ends
 * {@code train} with a {@link TrainingStoppedException}, as there is no model yet.
 */
public final class FastTextTrainer {
    private final FastTextConfig config;
    private PretrainedVectors pretrained;
    private volatile boolean stopRequested;

    public FastTextTrainer(FastTextConfig config) {
        this.config = config;
    }

    /** Pretrained word vectors, word → vector of length {@code dim}; the vectors are read, not kept. */
    public FastTextTrainer pretrained(Map<String, float[]> vectors) {
        return pretrained(vectors, Integer.MAX_VALUE);
    }

    /**
     * Pretrained word vectors of which only the first {@code unseenLimit} join the vocabulary if
     * training does not see them (word2vec files list the most frequent first), which bounds the
     * model's size; every training word still takes its vector.
     */
    public FastTextTrainer pretrained(Map<String, float[]> vectors, int unseenLimit) {
        this.pretrained = new PretrainedVectors(vectors, unseenLimit);
        return this;
    }

    /**
     * Asks a running {@code train} to finish at the next example, and any later one to stop at once;
     * safe from any thread.
     */
    public void stop() {
        stopRequested = true;
    }

    /** Reads {@code corpus} into memory once and trains on it. */
    public FastTextClassifier train(Corpus<LabelledExample> corpus) {
        try (Stream<LabelledExample> examples = corpus.stream()) {
            return train(examples.toList());
        }
    }

    /**
     * Trains on {@code examples}.
     *
     * @throws IllegalArgumentException if there are no examples, or a pretrained vector's length is not {@code dim}
     * @throws TrainingDivergedException if the loss becomes NaN or infinite (lower {@code lr})
     * @throws TrainingStoppedException if {@link #stop()} was called before training proper began
     */
    public FastTextClassifier train(List<LabelledExample> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Tokenizer tokenizer = config.tokenizer().create();
        Vocabulary.Counter wordCounter = Vocabulary.counter();
        Vocabulary.Counter labelCounter = Vocabulary.counter();
        for (LabelledExample example : examples) {
            stopIfRequested("counting the vocabulary");
            Features.tokens(tokenizer, example.text(), config.endOfText()).forEach(wordCounter::add);
            labelCounter.addAll(example.labels());
        }
        Vocabulary trained = wordCounter.build(config.minCount(), 0, List.of());
        Vocabulary words = pretrained == null ? trained : pretrained.vocabulary(trained);
        Vocabulary labels = labelCounter.build(1, 0, List.of());
        Features features = Features.of(config, tokenizer, words);

        int[][] inputs = new int[examples.size()][];
        int[][] targets = new int[examples.size()][];
        for (int i = 0; i < inputs.length; i++) {
            stopIfRequested("finding the features of each example");
            inputs[i] = features.of(examples.get(i).text());
            targets[i] = examples.get(i).labels().stream().mapToInt(labels::id).toArray();
        }

        int dim = config.dim();
        FMatrixRMaj input = new FMatrixRMaj(features.rows(), dim);
        FMatrixRMaj output = new FMatrixRMaj(FastTextStep.outputRows(config.loss(), labels), dim);
        InputRows.fillInitial(config.seed(), input.data, dim);
        if (pretrained != null) {
            copyPretrained(words, input);
        }
        run(inputs, targets, input.data, output.data, labels);
        return new FastTextClassifier(config, words, labels, InputRows.dense(input, config.seed()), output);
    }

    private void stopIfRequested(String phase) {
        if (stopRequested) {
            throw new TrainingStoppedException(phase);
        }
    }

    private void copyPretrained(Vocabulary words, FMatrixRMaj input) {
        int dim = config.dim();
        for (int id = 0; id < words.size(); id++) {
            float[] vector = pretrained.of(words.word(id), dim);
            if (vector != null) {
                System.arraycopy(vector, 0, input.data, id * dim, dim);
            }
        }
    }

    private void run(int[][] inputs, int[][] targets, float[] input, float[] output, Vocabulary labels) {
        long total = (long) config.epochs() * inputs.length;
        AtomicLong done = new AtomicLong();
        int threads = Math.min(config.threads(), inputs.length);
        if (threads == 1) {
            new Worker(0, 1, inputs, targets, input, output, labels, total, done).run();
            return;
        }
        List<Thread> started = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(new Worker(t, threads, inputs, targets, input, output, labels, total, done),
                    "fasttext-" + t);
            thread.setUncaughtExceptionHandler((th, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
            });
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while training fastText", e);
            }
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a fastText training thread failed", first);
        }
    }

    /** One Hogwild thread: its share of the examples, its own shuffles and buffers. */
    private final class Worker implements Runnable {
        private final int[] order;
        private final int[][] inputs;
        private final int[][] targets;
        private final float[] input;
        private final float[] output;
        private final long total;
        private final AtomicLong done;
        private final Random random;
        private final FastTextStep step;

        Worker(int index, int threads, int[][] inputs, int[][] targets, float[] input, float[] output,
                Vocabulary labels, long total, AtomicLong done) {
            this.order = IntStream.range(0, inputs.length).filter(i -> i % threads == index).toArray();
            this.inputs = inputs;
            this.targets = targets;
            this.input = input;
            this.output = output;
            this.total = total;
            this.done = done;
            this.random = new Random(config.seed() + 1 + index);
            this.step = FastTextStep.of(config.loss(), config.dim(), labels);
        }

        @Override
        public void run() {
            for (int epoch = 0; epoch < config.epochs(); epoch++) {
                shuffle();
                for (int i : order) {
                    if (stopRequested) {
                        return;
                    }
                    // lr_t = lr · (1 − examples seen / (epochs · examples)), fastText's linear decay.
                    float lr = (float) (config.learningRate()
                            * Math.max(0.0, 1.0 - (double) done.getAndIncrement() / total));
                    int[] features = inputs[i];
                    if (features.length == 0) {
                        continue;
                    }
                    int[] labels = targets[i];
                    int label = labels.length == 1 ? labels[0] : labels[random.nextInt(labels.length)];
                    float loss = step.update(input, output, features, label, lr);
                    if (!Float.isFinite(loss)) {
                        throw new TrainingDivergedException("fastText loss became " + loss + " in epoch "
                                + (epoch + 1) + " at learning rate " + lr + "; lower lr", null);
                    }
                }
            }
        }

        /** Fisher–Yates with this thread's generator. */
        private void shuffle() {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
    }
}
