package io.textkit.classify;

import io.textkit.corpora.LabelledExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a classifier's single best labels match the gold ones: a confusion matrix (rows gold,
 * columns predicted), accuracy, and per-class precision, recall and F1 with their macro average
 * (the unweighted mean over classes, so rare classes count as much as common ones). A class never
 * predicted has precision 0, a class never gold has recall 0, as scikit-learn's default.
 */
public final class Evaluation {
    private final List<String> labels;
    private final long[][] confusion;

    /**
     * An evaluation from a confusion matrix; {@code confusion[gold][predicted]} counts examples,
     * indexed as {@code labels}. The matrix is copied.
     */
    public Evaluation(List<String> labels, long[][] confusion) {
        this.labels = List.copyOf(labels);
        if (confusion.length != labels.size()) {
            throw new IllegalArgumentException("confusion matrix has " + confusion.length + " rows for "
                    + labels.size() + " labels");
        }
        this.confusion = new long[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            if (confusion[i].length != labels.size()) {
                throw new IllegalArgumentException("confusion matrix row " + i + " has " + confusion[i].length
                        + " columns for " + labels.size() + " labels");
            }
            this.confusion[i] = confusion[i].clone();
        }
    }

    /**
     * Evaluates {@code classifier} on single-label {@code examples}. Gold labels the classifier
     * does not know are added after its own, so they count as errors rather than vanish.
     */
    public static Evaluation of(TextClassifier classifier, List<LabelledExample> examples) {
        List<String> labels = new ArrayList<>(classifier.labels());
        for (LabelledExample example : examples) {
            if (!labels.contains(example.label())) {
                labels.add(example.label());
            }
        }
        long[][] confusion = new long[labels.size()][labels.size()];
        List<String> predicted = classifier.predictAll(examples.stream().map(LabelledExample::text).toList());
        for (int i = 0; i < examples.size(); i++) {
            confusion[labels.indexOf(examples.get(i).label())][labels.indexOf(predicted.get(i))]++;
        }
        return new Evaluation(labels, confusion);
    }

    public List<String> labels() {
        return labels;
    }

    /** A copy of the confusion matrix, {@code [gold][predicted]}. */
    public long[][] confusion() {
        long[][] copy = new long[confusion.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /** Number of examples evaluated. */
    public long total() {
        long n = 0;
        for (long[] row : confusion) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    /** Σ_k C[k][k] / Σ C. */
    public double accuracy() {
        long correct = 0;
        for (int k = 0; k < confusion.length; k++) {
            correct += confusion[k][k];
        }
        return ratio(correct, total());
    }

    /** C[k][k] / Σ_g C[g][k]: of the examples predicted {@code k}, the fraction that are. */
    public double precision(int k) {
        long predicted = 0;
        for (long[] row : confusion) {
            predicted += row[k];
        }
        return ratio(confusion[k][k], predicted);
    }

    /** C[k][k] / Σ_p C[k][p]: of the examples that are {@code k}, the fraction found. */
    public double recall(int k) {
        long gold = 0;
        for (long c : confusion[k]) {
            gold += c;
        }
        return ratio(confusion[k][k], gold);
    }

    /** 2PR / (P + R), 0 when both are 0. */
    public double f1(int k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean of the per-class F1 scores. */
    public double macroF1() {
        double sum = 0;
        for (int k = 0; k < labels.size(); k++) {
            sum += f1(k);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }

    /** A plain-text report: per-class precision, recall, F1 and support, then accuracy and macro-F1. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s %9s %9s %9s%n",
                "label", "precision", "recall", "f1", "support"));
        for (int k = 0; k < labels.size(); k++) {
            long support = 0;
            for (long c : confusion[k]) {
                support += c;
            }
            out.append(String.format(Locale.ROOT, "%-20s %9.4f %9.4f %9.4f %9d%n",
                    labels.get(k), precision(k), recall(k), f1(k), support));
        }
        out.append(String.format(Locale.ROOT, "accuracy %.4f, macro-F1 %.4f over %d examples",
                accuracy(), macroF1(), total()));
        return out.toString();
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
