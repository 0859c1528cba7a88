/**
 * Optimizers, gradient clipping and learning-rate schedules.
 *
 * <p>Every {@link io.textkit.core.optim.Optimizer} follows PyTorch's update formula and, unless its
 * Javadoc says otherwise, its defaults, so numbers can be compared. Weight decay is an L2 term added
 * to the gradient (coupled) for all of them; {@link io.textkit.core.optim.AdamW} decouples it.
 * Sparse (embedding) gradients are updated lazily: only the touched rows, values and state alike.
 */
package io.textkit.core.optim;
