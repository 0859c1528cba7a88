package io.textkit.core.train;

/**
 * Stops training when a development-set metric has not improved for {@code patience} evaluations,
 * and remembers the best value and when it was seen (so the trainer can restore that model). An
 * optional tie-breaking loss makes an epoch that equals the best metric with a lower loss the new
 * best: on a small development set accuracy saturates early, and the first epoch to reach it is
 * rarely the most confident model.
 */
public final class EarlyStopping {
    private final boolean higherIsBetter;
    private final int patience;
    private final double minDelta;
    private double best;
    private double bestLoss = Double.NaN;
    private int bestEpoch = -1;
    private int sinceBest;

    /**
     * @param higherIsBetter true for accuracy-like metrics, false for losses
     * @param patience evaluations without improvement before stopping (≥ 1)
     * @param minDelta the smallest change that counts as an improvement (≥ 0)
     */
    public EarlyStopping(boolean higherIsBetter, int patience, double minDelta) {
        if (patience < 1 || minDelta < 0) {
            throw new IllegalArgumentException("early stopping needs patience ≥ 1 and minDelta ≥ 0, got " + patience
                    + " and " + minDelta);
        }
        this.higherIsBetter = higherIsBetter;
        this.patience = patience;
        this.minDelta = minDelta;
        this.best = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** Records the metric after {@code epoch}; returns true when it is a new best. */
    public boolean update(int epoch, double metric) {
        return update(epoch, metric, Double.NaN);
    }

    /**
     * Records the metric after {@code epoch} and a loss that breaks ties (lower is better;
     * {@code NaN} for none); returns true when it is a new best: a better metric, or the same metric
     * with a lower loss.
     */
    public boolean update(int epoch, double metric, double loss) {
        if (Double.isNaN(metric)) {
            throw new IllegalArgumentException("the development metric after epoch " + epoch + " is NaN");
        }
        boolean improved = (higherIsBetter ? metric > best + minDelta : metric < best - minDelta)
                || metric == best && loss < bestLoss;
        if (improved) {
            best = metric;
            bestLoss = loss;
            bestEpoch = epoch;
            sinceBest = 0;
        } else {
            sinceBest++;
        }
        return improved;
    }

    /** True once {@code patience} evaluations in a row brought no improvement. */
    public boolean shouldStop() {
        return sinceBest >= patience;
    }

    /** The best metric so far (±∞ before the first update). */
    public double best() {
        return best;
    }

    /** The epoch of the best metric, or −1 before the first update. */
    public int bestEpoch() {
        return bestEpoch;
    }
}
