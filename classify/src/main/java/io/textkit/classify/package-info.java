/**
 * Text classifiers behind one contract, {@link io.textkit.classify.TextClassifier}: train, predict
 * labels with probabilities, save one model file that prediction needs nothing besides, and
 * {@link io.textkit.classify.TextClassifier#load load} it back by kind. {@link
 * io.textkit.classify.Evaluation} scores any of them. So far: fastText ({@link
 * io.textkit.classify.FastTextTrainer}, {@link io.textkit.classify.FastTextClassifier}) and Kim's
 * TextCNN ({@link io.textkit.classify.TextCnnTrainer}, {@link io.textkit.classify.TextCnnClassifier}).
 */
package io.textkit.classify;
