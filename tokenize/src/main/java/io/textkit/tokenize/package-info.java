/**
 * Text to tokens and tokens to ids.
 *
 * <p>{@link io.textkit.tokenize.Tokenizer}s over Lucene analyzers (English, Chinese) and two plain
 * ones (white space, CJK characters), described by {@link io.textkit.tokenize.TokenizerSettings}
 * so a model file can rebuild its tokenizer; the {@link io.textkit.tokenize.SentenceSplitter} that
 * cuts documents into sentences; the {@link io.textkit.tokenize.Vocabulary}, with the
 * subsampling probabilities, noise table and {@link io.textkit.tokenize.HuffmanTree} word2vec
 * trains with.
 */
package io.textkit.tokenize;
