/**
 * A recurrent language model: word vectors, LSTM or GRU layers and a softmax over the vocabulary
 * ({@link io.textkit.seq2seq.lm.LanguageModel}), trained on one token stream with truncated
 * back-propagation through time ({@link io.textkit.seq2seq.lm.LanguageModelTrainer}), measured by
 * held-out {@link io.textkit.seq2seq.lm.Perplexity}, saved as one model file, and decoded through
 * {@link io.textkit.seq2seq.decode.StepModel}.
 */
package io.textkit.seq2seq.lm;
