/**
 * word2vec: skip-gram and CBOW training, and the trained {@link io.textkit.embed.WordVectors} with
 * their queries (nearest neighbours, analogies), file formats (word2vec text and binary, textkit
 * model file) and evaluations (analogy accuracy, word-similarity correlation).
 */
package io.textkit.embed;
