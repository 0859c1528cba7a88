package io.textkit.core.train;

import io.textkit.core.config.Check;
import io.textkit.core.nn.Module;
import io.textkit.core.optim.GradientClipping;
import io.textkit.core.optim.LearningRateSchedule;
import io.textkit.core.optim.NonFiniteGradientException;
import io.textkit.core.optim.Optimizer;
import io.textkit.core.tensor.Anomaly;
import io.textkit.core.tensor.NonFiniteException;
import io.textkit.core.tensor.Tensor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.ejml.data.FMatrixRMaj;

/**
 * The mini-batch training loop every autodiff model shares: per epoch, seeded shuffled batches; per
 * batch, zero the gradients, compute the loss, back-propagate, clip, schedule and step; after each
 * epoch, evaluate on a development set, keep the best state, and stop early when it stops improving.
 *
 * <p>A non-finite loss stops training with a {@link TrainingDivergedException} that says at which
 * epoch and batch, and names the op: the batch is run once more with {@link Anomaly} detection on.
 * {@link #requestStop()} (from another thread, e.g. a shutdown hook) ends training after the current
 * batch; the best state of the complete epochs is still restored, and the stopped epoch is not
 * evaluated.
 *
 * <p>With one thread and the same seed, two runs are bit-identical: the only randomness is the
 * shuffling {@code Random} seeded here and whatever the model draws from its own seeded sources.
 */
public final class TrainingLoop {
    /** The loss of one mini-batch of example indices, as a 1×1 tensor on the autodiff graph. */
    @FunctionalInterface
    public interface Objective {
        Tensor loss(int[] batch);
    }

    /** What happened in one epoch; {@code devLoss} is {@code NaN} when the development score has none. */
    public record Epoch(int epoch, double trainLoss, double devMetric, double devLoss, double seconds) {}

    /**
     * A development-set evaluation: the metric that chooses the epoch and a loss (lower is better,
     * {@code NaN} for none) that chooses between epochs of equal metric.
     */
    public record DevScore(double metric, double loss) {}

    /** The whole run: every epoch, the best one, and whether it ended early. */
    public record History(List<Epoch> epochs, int bestEpoch, double bestMetric, boolean stoppedEarly,
            boolean interrupted) {}

    private static final int POOL_BATCHES = 50;

    private final Module model;
    private final Optimizer optimizer;
    private final Objective objective;
    private final int examples;
    private int epochs = 10;
    private int batchSize = 32;
    private long seed = 1;
    private int[] lengths;
    private double clipNorm;
    private LearningRateSchedule schedule;
    private Supplier<DevScore> devScore;
    private boolean higherIsBetter = true;
    private int patience = Integer.MAX_VALUE;
    private int logEvery = 1;
    private boolean progress = true;
    private PrintStream log = System.err;
    private volatile boolean stopRequested;

    /**
     * @param model the module trained (switched to training mode for batches, evaluation mode for the
     *     development metric)
     * @param optimizer the optimizer over {@code model}'s parameters
     * @param examples the number of training examples; batches are index arrays into them
     * @param objective the loss of a batch
     */
    public TrainingLoop(Module model, Optimizer optimizer, int examples, Objective objective) {
        this.model = Objects.requireNonNull(model);
        this.optimizer = Objects.requireNonNull(optimizer);
        this.objective = Objects.requireNonNull(objective);
        if (examples < 1) {
            throw new IllegalArgumentException("training needs at least one example, got " + examples);
        }
        this.examples = examples;
    }

    public TrainingLoop epochs(int epochs) {
        this.epochs = Check.positive("epochs", epochs);
        return this;
    }

    public TrainingLoop batchSize(int batchSize) {
        this.batchSize = Check.positive("batch size", batchSize);
        return this;
    }

    /** The seed of the batch shuffling. */
    public TrainingLoop seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Batches examples of similar length together ({@link Batches#bucketed}, pools of 50 batches), so
     * padded sequence batches waste little work; {@code lengths[i]} is example i's length.
     */
    public TrainingLoop bucketBy(int[] lengths) {
        if (lengths.length != examples) {
            throw new IllegalArgumentException(lengths.length + " lengths for " + examples + " examples");
        }
        this.lengths = lengths.clone();
        return this;
    }

    /** Clips gradients to this global L2 norm before each step; 0 turns clipping off. */
    public TrainingLoop clipNorm(double maxNorm) {
        Check.nonNegative("clip norm", maxNorm);
        this.clipNorm = maxNorm;
        return this;
    }

    /** Sets the learning rate before each step from this schedule. */
    public TrainingLoop schedule(LearningRateSchedule schedule) {
        this.schedule = schedule;
        return this;
    }

    /**
     * Evaluates {@code metric} (in evaluation mode) after every epoch, keeps the state of the best
     * epoch, restores it at the end, and stops after {@code patience} epochs without improvement.
     */
    public TrainingLoop evaluate(DoubleSupplier metric, boolean higherIsBetter, int patience) {
        Objects.requireNonNull(metric);
        return evaluateScore(() -> new DevScore(metric.getAsDouble(), Double.NaN), higherIsBetter, patience);
    }

    /**
     * As {@link #evaluate}, with a development loss that breaks ties: of epochs with the same metric
     * the one with the lower loss is kept (see {@link EarlyStopping}).
     */
    public TrainingLoop evaluateScore(Supplier<DevScore> score, boolean higherIsBetter, int patience) {
        this.devScore = Objects.requireNonNull(score);
        this.higherIsBetter = higherIsBetter;
        this.patience = Check.positive("patience", patience);
        return this;
    }

    /** Where epoch summaries and the progress bar go; {@code null} for silence. */
    public TrainingLoop log(PrintStream out) {
        this.log = out;
        this.progress = out != null;
        return this;
    }

    /** Prints the epoch summary every {@code n} epochs (and for the last one). */
    public TrainingLoop logEvery(int n) {
        this.logEvery = Check.positive("log interval", n);
        return this;
    }

    /** Asks the loop to stop after the current batch; safe to call from any thread. */
    public void requestStop() {
        stopRequested = true;
    }

    /** Trains and returns what happened. */
    public History run() {
        Random shuffle = new Random(seed);
        EarlyStopping stopping = devScore == null ? null : new EarlyStopping(higherIsBetter, patience, 0);
        Map<String, FMatrixRMaj> best = null;
        List<Epoch> history = new ArrayList<>();
        boolean interrupted = false;
        for (int epoch = 1; epoch <= epochs && !interrupted; epoch++) {
            long start = System.nanoTime();
            List<int[]> batches = lengths == null ? Batches.shuffled(examples, batchSize, shuffle)
                    : Batches.bucketed(lengths, batchSize, POOL_BATCHES, shuffle);
            double lossSum = 0;
            int seen = 0;
            model.train(true);
            try (Progress bar = progress ? Progress.start(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs),
                    examples, "ex", log, Progress.isTerminal(log), 10, System::nanoTime) : null) {
                for (int b = 0; b < batches.size(); b++) {
                    if (stopRequested) {
                        interrupted = true;
                        break;
                    }
                    int[] batch = batches.get(b);
                    double loss = step(batch, epoch, b);
                    lossSum += loss * batch.length;
                    seen += batch.length;
                    if (bar != null) {
                        bar.status(String.format(Locale.ROOT, "loss %.4f", lossSum / seen));
                        bar.advance(batch.length);
                    }
                }
                if (bar != null) {
                    bar.clear();
                }
            }
            if (seen == 0) {
                break;
            }
            DevScore score = new DevScore(Double.NaN, Double.NaN);
            // A stopped epoch is not scored: it is incomplete, and scoring a large development set
            // would hold up the stop the user asked for.
            if (stopping != null && !interrupted) {
                model.train(false);
                score = devScore.get();
                if (stopping.update(epoch, score.metric(), score.loss())) {
                    best = copy(model.state());
                }
            }
            Epoch e = new Epoch(epoch, lossSum / seen, score.metric(), score.loss(),
                    (System.nanoTime() - start) / 1e9);
            history.add(e);
            if (log != null && (epoch % logEvery == 0 || epoch == epochs)) {
                log.printf(Locale.ROOT, "epoch %d/%d  train loss %.4f%s  %.2f s%n", epoch, epochs, e.trainLoss(),
                        stopping == null ? "" : String.format(Locale.ROOT, "  dev %.4f%s%s", e.devMetric(),
                                Double.isNaN(e.devLoss()) ? "" : String.format(Locale.ROOT, " (loss %.4f)", e.devLoss()),
                                stopping.bestEpoch() == epoch ? " (best)" : ""), e.seconds());
            }
            if (stopping != null && stopping.shouldStop() && epoch < epochs) {
                if (log != null) {
                    log.printf(Locale.ROOT, "stopping early: no improvement for %d epochs%n", patience);
                }
                model.loadState(best);
                model.train(false);
                return new History(history, stopping.bestEpoch(), stopping.best(), true, false);
            }
        }
        if (best != null) {
            model.loadState(best);
        }
        model.train(false);
        return stopping == null
                ? new History(history, history.size(), Double.NaN, false, interrupted)
                : new History(history, stopping.bestEpoch(), stopping.best(), false, interrupted);
    }

    /** One optimisation step on {@code batch}; returns its loss. */
    private double step(int[] batch, int epoch, int index) {
        optimizer.zeroGrad();
        Tensor loss = objective.loss(batch);
        float value = loss.item();
        if (!Float.isFinite(value)) {
            throw diverged(batch, epoch, index, value);
        }
        loss.backward();
        if (clipNorm > 0) {
            GradientClipping.byGlobalNorm(optimizer.parameters(), clipNorm);
        }
        if (schedule != null) {
            schedule.applyTo(optimizer);
        }
        try {
            optimizer.step();
        } catch (NonFiniteGradientException e) {
            throw new TrainingDivergedException("training diverged at epoch " + epoch + ", batch " + (index + 1) + ": "
                    + e.getMessage(), e);
        }
        return value;
    }

    /** Re-runs the batch with anomaly detection to name the op that first produced a non-finite value. */
    private TrainingDivergedException diverged(int[] batch, int epoch, int index, float value) {
        String where = "the loss became " + value + " at epoch " + epoch + ", batch " + (index + 1);
        boolean was = Anomaly.isEnabled();
        Anomaly.enable(true);
        try {
            optimizer.zeroGrad();
            objective.loss(batch).backward();
            return new TrainingDivergedException(where + "; lower the learning rate or clip gradients", null);
        } catch (NonFiniteException e) {
            return new TrainingDivergedException(where + ": " + e.getMessage()
                    + "; lower the learning rate or clip gradients", e);
        } finally {
            Anomaly.enable(was);
            optimizer.zeroGrad();
        }
    }

    private static Map<String, FMatrixRMaj> copy(Map<String, FMatrixRMaj> state) {
        Map<String, FMatrixRMaj> out = new LinkedHashMap<>();
        state.forEach((name, m) -> out.put(name, m.copy()));
        return out;
    }
}
