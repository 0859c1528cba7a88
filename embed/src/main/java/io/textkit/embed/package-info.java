/** word2vec: skip-gram and CBOW with hierarchical softmax and negative sampling. Filled by the word2vec issue. */
package io.textkit.embed;
