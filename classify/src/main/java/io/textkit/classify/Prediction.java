package io.textkit.classify;

/**
 * One label a classifier proposes for a text, with the probability it gives that label.
 *
 * @param label       the label as it appeared in the training data
 * @param probability in [0, 1]
 */
public record Prediction(String label, double probability) {
}
