package io.textkit.core.train;

import io.textkit.core.tensor.Tensor;

/** Evaluation metrics over a batch of predictions, one example per row of logits. */
public final class Metrics {
    private Metrics() {}

    /** The index of each row's largest value (the first one on ties): the predicted class. */
    public static int[] argmax(Tensor logits) {
        int[] best = new int[logits.rows()];
        for (int i = 0; i < best.length; i++) {
            for (int j = 1; j < logits.cols(); j++) {
                best[i] = logits.get(i, j) > logits.get(i, best[i]) ? j : best[i];
            }
        }
        return best;
    }

    /** The fraction of rows whose arg-max equals the label. */
    public static double accuracy(Tensor logits, int[] labels) {
        if (labels.length != logits.rows()) {
            throw new IllegalArgumentException("accuracy: " + labels.length + " labels for " + logits.rows() + " rows");
        }
        int[] predicted = argmax(logits);
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            correct += predicted[i] == labels[i] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }
}
