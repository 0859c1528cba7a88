/**
 * Streaming readers for text corpora and datasets, and the bundled default corpus.
 *
 * <p>One idiom throughout: a reader is a {@link io.textkit.corpora.Corpus}, and each call to its
 * {@code stream()} opens the files afresh for one lazy pass, which the caller closes with
 * try-with-resources. Files are UTF-8, decoded strictly, with CRLF or LF endings, and may be
 * gzip- or bzip2-compressed whatever their names ({@link io.textkit.corpora.TextFiles}). Every
 * error names the file and line ({@link io.textkit.corpora.TextFormatException}).
 *
 * <ul>
 *   <li>{@link io.textkit.corpora.LineCorpus}: one sentence or document per line.</li>
 *   <li>{@link io.textkit.corpora.LabelledCorpus}: labelled text in the
 *       {@link io.textkit.corpora.LabelledFormat}s of fastText, TSV datasets and Kim (2014).</li>
 *   <li>{@link io.textkit.corpora.DocumentCorpus}: folder-per-class documents, from a folder or a
 *       tar archive, such as {@link io.textkit.corpora.ReviewPolarity}.</li>
 *   <li>{@link io.textkit.corpora.ParallelCorpus}: sentence pairs for translation.</li>
 *   <li>{@link io.textkit.corpora.AnalogyQuestions} and {@link io.textkit.corpora.SimilarityPairs}:
 *       word-vector evaluation sets.</li>
 *   <li>{@link io.textkit.corpora.EuroparlSample}: English text that ships on the classpath.</li>
 * </ul>
 */
package io.textkit.corpora;
