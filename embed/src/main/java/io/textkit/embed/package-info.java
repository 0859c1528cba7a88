/**
 * word2vec: skip-gram and CBOW with hierarchical softmax and negative sampling ({@link
 * io.textkit.embed.Word2VecTrainer}), the trained {@link io.textkit.embed.WordVectors} with nearest
 * neighbours and analogies, the word2vec text and binary formats, and the standard evaluations.
 */
package io.textkit.embed;
