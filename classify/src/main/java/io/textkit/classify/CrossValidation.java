package io.textkit.classify;

import io.textkit.corpora.LabelledExample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * k-fold cross-validation, for datasets without a test split (MR, CR, Subj, MPQA): each fold in
 * turn is the test set of a classifier trained on the others, of which a seeded fraction may be
 * held out as the development set for early stopping (Kim 2014 held out 10%).
 */
public final class CrossValidation {
    /** Trains a classifier; {@code dev} may be empty. */
    @FunctionalInterface
    public interface Trainer {
        TextClassifier train(List<LabelledExample> train, List<LabelledExample> dev);
    }

    /** One fold's result: its test evaluation and the training time in seconds. */
    public record Fold(int fold, Evaluation test, double trainSeconds) {}

    /** Every fold's result, with the mean and sample standard deviation of the accuracy. */
    public record Result(List<Fold> folds) {
        public Result {
            folds = List.copyOf(folds);
        }

        public double meanAccuracy() {
            return folds.stream().mapToDouble(f -> f.test().accuracy()).average().orElseThrow();
        }

        /** The sample standard deviation of the fold accuracies (0 for one fold). */
        public double stdAccuracy() {
            double mean = meanAccuracy();
            double squares = folds.stream().mapToDouble(f -> Math.pow(f.test().accuracy() - mean, 2)).sum();
            return folds.size() < 2 ? 0 : Math.sqrt(squares / (folds.size() - 1));
        }

        public double meanTrainSeconds() {
            return folds.stream().mapToDouble(Fold::trainSeconds).average().orElseThrow();
        }
    }

    private CrossValidation() {}

    /**
     * The fold of each of {@code n} examples: a seeded random order dealt round-robin into {@code k}
     * folds, so fold sizes differ by at most one.
     *
     * @throws IllegalArgumentException unless 2 ≤ k ≤ n
     */
    public static int[] folds(int n, int k, long seed) {
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("k-fold cross-validation needs 2 ≤ k ≤ " + n + " examples, got k = " + k);
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % k;
        }
        return fold;
    }

    /**
     * Runs one training per fold: fold f is the test set, the rest trains, and {@code devFraction} of
     * the training part (a seeded choice) is held out as the development set.
     *
     * @param fold the fold of each example, 0 … k−1 (e.g. {@link #folds}, or a dataset's own folds)
     * @throws IllegalArgumentException if {@code fold} does not match the examples, a fold is empty,
     *                                  or {@code devFraction} is not in [0, 1)
     */
    public static Result run(List<LabelledExample> examples, int[] fold, double devFraction, long seed,
            Trainer trainer) {
        if (fold.length != examples.size()) {
            throw new IllegalArgumentException(fold.length + " fold numbers for " + examples.size() + " examples");
        }
        if (!(devFraction >= 0 && devFraction < 1)) {
            throw new IllegalArgumentException("the development fraction must be in [0, 1), got " + devFraction);
        }
        int k = 0;
        for (int f : fold) {
            if (f < 0) {
                throw new IllegalArgumentException("fold numbers must be ≥ 0, got " + f);
            }
            k = Math.max(k, f + 1);
        }
        List<Fold> results = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            List<LabelledExample> train = new ArrayList<>();
            List<LabelledExample> test = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                (fold[i] == f ? test : train).add(examples.get(i));
            }
            if (test.isEmpty()) {
                throw new IllegalArgumentException("fold " + f + " of 0 … " + (k - 1) + " has no examples");
            }
            Collections.shuffle(train, new Random(seed + f));
            int devSize = (int) Math.round(train.size() * devFraction);
            List<LabelledExample> dev = train.subList(0, devSize);
            long start = System.nanoTime();
            TextClassifier classifier = trainer.train(train.subList(devSize, train.size()), dev);
            double seconds = (System.nanoTime() - start) / 1e9;
            results.add(new Fold(f, Evaluation.of(classifier, test), seconds));
        }
        return new Result(results);
    }
}
