/** Tokenizers on Lucene analyzers, the vocabulary and WordPiece. Filled by the tokenizer issue. */
package io.textkit.tokenize;
