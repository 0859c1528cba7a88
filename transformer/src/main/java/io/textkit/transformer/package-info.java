/** A small BERT-style encoder: masked-language-model pre-training and fine-tuning. Filled by a later issue. */
package io.textkit.transformer;
