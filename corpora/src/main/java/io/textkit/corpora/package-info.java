/** Streaming readers for text corpora and datasets, and the dataset downloader. Filled by later issues. */
package io.textkit.corpora;
