package io.textkit.core.nn;

import io.textkit.core.tensor.Tensor;

/**
 * The result of attending over a sequence batch: the {@code context} ({@code batch × valueSize}),
 * the attention-weighted sum of the values, and the {@code weights} ({@code batch × time}), each row
 * a distribution over the example's real positions with exactly 0 at padded ones.
 */
public record AttentionOutput(Tensor context, Tensor weights) {}
