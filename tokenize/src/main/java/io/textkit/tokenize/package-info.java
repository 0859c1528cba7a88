/**
 * Text to tokens and tokens to ids.
 *
 * <p>{@link io.textkit.tokenize.Tokenizer}s over Lucene analyzers (English, Chinese) and two plain
 * ones (white space, CJK characters), described by {@link io.textkit.tokenize.TokenizerSettings}
 * so a model file can rebuild its tokenizer; the {@link io.textkit.tokenize.SentenceSplitter} that
 * cuts documents into sentences; the {@link io.textkit.tokenize.Vocabulary}, with the
 * subsampling probabilities, noise table and {@link io.textkit.tokenize.HuffmanTree} word2vec
 * trains with; and the subword vocabularies a translator or BERT model uses, behind
 * {@link io.textkit.tokenize.SubwordVocabulary}: {@link io.textkit.tokenize.BpeVocabulary} and
 * {@link io.textkit.tokenize.WordPieceVocabulary}.
 */
package io.textkit.tokenize;
