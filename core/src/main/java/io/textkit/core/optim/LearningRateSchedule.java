package io.textkit.core.optim;

import io.textkit.core.config.Check;

/**
 * The learning rate as a function of the update number t (0 for the first update): a pure function,
 * so a run can be resumed from any step. Drive an optimizer with {@link #applyTo(Optimizer)} just
 * before each {@link Optimizer#step()}.
 *
 * <p>t counts optimizer updates, not epochs: for a per-epoch decay like PyTorch's
 * {@code StepLR} stepped once an epoch, give the period in updates (epochs × batches per epoch).
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /** The learning rate for update {@code t} ≥ 0. */
    double at(long t);

    /** Sets {@code optimizer}'s learning rate for its next step, {@code at(optimizer.steps())}. */
    default void applyTo(Optimizer optimizer) {
        optimizer.setLearningRate(at(optimizer.steps()));
    }

    /** lr(t) = lr. */
    static LearningRateSchedule constant(double lr) {
        Check.nonNegative("learning rate", lr);
        return t -> lr;
    }

    /** Step decay, lr(t) = lr·γ^⌊t/N⌋: multiplied by γ every N updates, as PyTorch's {@code StepLR}. */
    static LearningRateSchedule stepDecay(double lr, double gamma, long every) {
        Check.nonNegative("learning rate", lr);
        requireFactor(gamma);
        Check.positive("step decay period", every);
        return t -> lr * Math.pow(gamma, t / every);
    }

    /** Exponential decay, lr(t) = lr·γ^t, as PyTorch's {@code ExponentialLR}. */
    static LearningRateSchedule exponential(double lr, double gamma) {
        Check.nonNegative("learning rate", lr);
        requireFactor(gamma);
        return t -> lr * Math.pow(gamma, t);
    }

    /** {@link #linearWarmupDecay(double, long, long, double)} decaying to 0. */
    static LearningRateSchedule linearWarmupDecay(double peak, long warmup, long total) {
        return linearWarmupDecay(peak, warmup, total, 0);
    }

    /**
     * Linear warm-up then linear decay, as used to train BERT:
     *
     * <pre>
     * lr(t) = peak·t/W                                 for t &lt; W
     *       = floor + (peak − floor)·(T − t)/(T − W)   for W ≤ t &lt; T
     *       = floor                                    for t ≥ T
     * </pre>
     *
     * It is continuous, rises to the peak at t = W and reaches the floor at t = T. Like the BERT and
     * Hugging Face schedules, the first update (t = 0) of a warm-up has lr 0: it only starts the
     * optimizer's moment estimates. W = 0 means no warm-up.
     *
     * @param warmup W, the number of warm-up updates, 0 ≤ W &lt; T
     * @param total T, the update at which the floor is reached
     */
    static LearningRateSchedule linearWarmupDecay(double peak, long warmup, long total, double floor) {
        Check.nonNegative("peak learning rate", peak);
        Check.nonNegative("floor learning rate", floor);
        if (floor > peak) {
            throw new IllegalArgumentException("floor learning rate " + floor + " is above the peak " + peak);
        }
        if (warmup < 0 || warmup >= total) {
            throw new IllegalArgumentException("warm-up must satisfy 0 ≤ warm-up < total updates, got warm-up " + warmup
                    + " and total " + total);
        }
        return t -> {
            if (t < warmup) {
                return peak * t / warmup;
            }
            if (t >= total) {
                return floor;
            }
            return floor + (peak - floor) * (total - t) / (total - warmup);
        };
    }

    private static void requireFactor(double gamma) {
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("decay factor γ must be in (0, 1], got " + gamma);
        }
    }
}
