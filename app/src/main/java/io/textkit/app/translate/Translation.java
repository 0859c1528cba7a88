package io.textkit.app.translate;

import java.util.List;

/**
 * One translation of one sentence, with what the REPL shows beside it.
 *
 * @param text         the translation
 * @param score        the score the search ranked it by (log-probability, length-penalised for beam search)
 * @param logProb      its summed log-probability
 * @param sourceTokens the source tokens the attention weighs (its columns)
 * @param targetTokens the tokens generated, {@code </s>} last when the translation ended with it
 *                     (the attention's rows)
 * @param attention    for each target token, its attention weights over the source tokens
 */
public record Translation(String text, double score, double logProb, List<String> sourceTokens,
        List<String> targetTokens, float[][] attention) {}
