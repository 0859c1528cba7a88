/**
 * Text classifiers behind one contract, {@link io.textkit.classify.TextClassifier}: train, predict
 * labels with probabilities, save one model file that prediction needs nothing besides, and
 * {@link io.textkit.classify.TextClassifier#load load} it back by kind. {@link
 * io.textkit.classify.Evaluation} scores any of them, {@link io.textkit.classify.CrossValidation} by
 * k folds. fastText has its own fast trainer ({@link io.textkit.classify.FastTextTrainer}); the
 * neural architectures share one ({@link io.textkit.classify.NeuralTrainer} → {@link
 * io.textkit.classify.NeuralClassifier}), each chosen by its config type ({@link
 * io.textkit.classify.TextCnnConfig}, {@link io.textkit.classify.HanConfig}, ...) and written as one
 * network class.
 */
package io.textkit.classify;
