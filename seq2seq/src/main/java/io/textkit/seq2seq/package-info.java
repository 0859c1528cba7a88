/** Encoder-decoder translation with attention, greedy and beam search, BLEU. Filled by a later issue. */
package io.textkit.seq2seq;
