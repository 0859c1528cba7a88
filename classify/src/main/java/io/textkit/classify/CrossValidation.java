package io.textkit.classify;

import io.textkit.core.config.Check;
import io.textkit.corpora.LabelledExample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

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

    /** Training examples and the development examples held out from them. */
    public record Split(List<LabelledExample> train, List<LabelledExample> dev) {}

    private CrossValidation() {}

    /**
     * Holds out a seeded random {@code fraction} of {@code examples} (rounded) as the development set.
     *
     * @throws IllegalArgumentException if {@code fraction} is not in [0, 1)
     */
    public static Split holdOut(List<LabelledExample> examples, double fraction, long seed) {
        Check.fraction("the development fraction", fraction);
        List<LabelledExample> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(seed));
        int devSize = (int) Math.round(shuffled.size() * fraction);
        return new Split(shuffled.subList(devSize, shuffled.size()), shuffled.subList(0, devSize));
    }

    /**
     * Holds out a seeded random {@code fraction} of each label's examples (rounded per label) as the
     * development set, so it has the labels in the proportions of the whole; both parts keep the
     * examples' order. With one seed the choice is the same on every run.
     *
     * @throws IllegalArgumentException if {@code fraction} is not in [0, 1)
     */
    public static Split stratifiedHoldOut(List<LabelledExample> examples, double fraction, long seed) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("the development fraction must be in [0, 1), got " + fraction);
        }
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byLabel.computeIfAbsent(examples.get(i).label(), label -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        boolean[] held = new boolean[examples.size()];
        for (List<Integer> indices : byLabel.values()) {
            Collections.shuffle(indices, random);
            for (int i : indices.subList(0, (int) Math.round(indices.size() * fraction))) {
                held[i] = true;
            }
        }
        List<LabelledExample> train = new ArrayList<>();
        List<LabelledExample> dev = new ArrayList<>();
        for (int i = 0; i < held.length; i++) {
            (held[i] ? dev : train).add(examples.get(i));
        }
        return new Split(train, dev);
    }

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

    /** One fold's examples: the test fold, and the other folds split into training and development examples. */
    public record FoldSplit(List<LabelledExample> train, List<LabelledExample> dev, List<LabelledExample> test) {}

    /**
     * The examples of fold {@code f}: it is the test set; the rest trains, with {@code devFraction} of
     * it (a choice seeded by {@code seed + f}) held out as the development set.
     *
     * @param fold the fold of each example, 0 … k−1 (e.g. {@link #folds}, or a dataset's own folds)
     * @throws IllegalArgumentException if {@code fold} does not match the examples, fold {@code f} is
     *                                  empty, or {@code devFraction} is not in [0, 1)
     */
    public static FoldSplit split(List<LabelledExample> examples, int[] fold, int f, double devFraction, long seed) {
        if (fold.length != examples.size()) {
            throw new IllegalArgumentException(fold.length + " fold numbers for " + examples.size() + " examples");
        }
        List<LabelledExample> rest = new ArrayList<>();
        List<LabelledExample> test = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            (fold[i] == f ? test : rest).add(examples.get(i));
        }
        if (test.isEmpty()) {
            throw new IllegalArgumentException("fold " + f + " has no examples");
        }
        Split split = holdOut(rest, devFraction, seed + f);
        return new FoldSplit(split.train(), split.dev(), test);
    }

    /** Runs every fold; see {@link #run(List, int[], int, double, long, Trainer, Consumer)}. */
    public static Result run(List<LabelledExample> examples, int[] fold, double devFraction, long seed,
            Trainer trainer) {
        return run(examples, fold, Arrays.stream(fold).max().orElse(-1) + 1, devFraction, seed, trainer, f -> {});
    }

    /**
     * Trains and tests folds 0 … {@code foldsToRun}−1 as {@link #split} lays them out (every fold,
     * run or not, takes part in the others' training), telling {@code onFold} each result as it comes.
     */
    public static Result run(List<LabelledExample> examples, int[] fold, int foldsToRun, double devFraction,
            long seed, Trainer trainer, Consumer<Fold> onFold) {
        if (foldsToRun < 1) {
            throw new IllegalArgumentException("at least one fold must run, got " + foldsToRun);
        }
        List<Fold> results = new ArrayList<>(foldsToRun);
        for (int f = 0; f < foldsToRun; f++) {
            FoldSplit split = split(examples, fold, f, devFraction, seed);
            long start = System.nanoTime();
            TextClassifier classifier = trainer.train(split.train(), split.dev());
            double seconds = (System.nanoTime() - start) / 1e9;
            Fold result = new Fold(f, Evaluation.of(classifier, split.test()), seconds);
            onFold.accept(result);
            results.add(result);
        }
        return new Result(results);
    }
}
