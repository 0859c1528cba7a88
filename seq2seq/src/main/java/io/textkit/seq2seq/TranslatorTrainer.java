package io.textkit.seq2seq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.textkit.core.config.Configs;
import io.textkit.core.io.ModelFile;
import io.textkit.core.io.ModelFileException;
import io.textkit.core.io.ModelFileReader;
import io.textkit.core.optim.Adam;
import io.textkit.core.optim.GradientClipping;
import io.textkit.core.optim.NonFiniteGradientException;
import io.textkit.core.train.Batches;
import io.textkit.core.train.Checkpoint;
import io.textkit.core.train.TrainingDivergedException;
import io.textkit.core.tensor.Tensor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Trains a {@link Translator}: length-bucketed mini-batches, teacher forcing, label smoothing,
 * gradient clipping by global norm, Adam with a warm-up and step-decay schedule, early stopping on
 * a development metric the caller supplies, and resumable checkpoints.
 *
 * <p><b>Resuming is exact.</b> Nothing random carries hidden state from one step to the next: epoch
 * e's batch order is drawn from a generator seeded by (seed, e), and step n's dropout masks and
 * teacher-forcing draws from one seeded by (seed, n). A checkpoint therefore needs only the weights,
 * Adam's moments and step counts, and the position (epoch, batch within it, step); a run stopped and
 * resumed from it ends with the same bits as one that never stopped (one thread, same data).
 *
 * <p>Checkpoints are written every {@code checkpointEvery} updates, at the end of every epoch, when
 * the run ends, and when {@link #requestStop()} is called (from a Ctrl-C handler, say): the current
 * step finishes, the checkpoint is written, and {@link #train()} returns. Writes are atomic, so an
 * interrupted write leaves the previous checkpoint whole. A checkpoint is also a model file that
 * {@link Translator#load} reads.
 */
public final class TranslatorTrainer {
    private static final int POOL_BATCHES = 50;

    private final Translator model;
    private final TranslatorConfig config;
    private final List<TokenPair> data;
    private final int[] lengths;
    private final Adam optimizer;
    private Path checkpoint;
    private Path bestModel;
    private ToDoubleFunction<Translator> devMetric;
    private PrintStream log;
    private int logEvery = 100;
    private long stopAfterSteps;
    private volatile boolean stopRequested;

    private int epoch;
    private int batchInEpoch;
    private long step;
    private long targetTokens;
    private double seconds;
    private int bestEpoch;
    private double bestMetric = Double.NaN;
    private long checkpointedAt = -1;

    /** What a call to {@link #train()} ended with. */
    public enum Outcome {
        /** Every epoch ran. */
        FINISHED,
        /** The development metric stopped improving for {@code patience} epochs. */
        STOPPED_EARLY,
        /** {@link #requestStop()} was called, or the step limit reached; the checkpoint resumes it. */
        INTERRUPTED
    }

    /**
     * The state of training when {@link #train()} returned.
     *
     * @param outcome      why it returned
     * @param epochs       complete epochs
     * @param steps        optimizer updates, over every run of this training (resumed ones included)
     * @param targetTokens target tokens trained on (with each sentence's {@code </s>}), over every run
     * @param seconds      time spent in training steps, over every run
     * @param bestEpoch    the epoch with the best development metric, 0 without one
     * @param bestMetric   that metric, {@code NaN} without one
     */
    public record Result(Outcome outcome, int epochs, long steps, long targetTokens, double seconds, int bestEpoch,
            double bestMetric) {
        /** Target tokens per second of training step. */
        public double tokensPerSecond() {
            return targetTokens / seconds;
        }
    }

    /** A trainer of {@code model} on {@code data} (not copied; must not change), from its current weights. */
    public TranslatorTrainer(Translator model, List<TokenPair> data) {
        this.model = Objects.requireNonNull(model, "model");
        this.config = model.config();
        if (data.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one sentence pair");
        }
        this.data = data;
        this.lengths = new int[data.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = Math.max(data.get(i).source().length, data.get(i).target().length);
        }
        this.optimizer = new Adam(model.namedParameters(), config.learningRate(), Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2,
                Adam.DEFAULT_EPSILON, 0);
    }

    /**
     * A trainer that continues the run saved in {@code checkpoint}, on the same {@code data}: same
     * weights, optimizer state, position and best metric. It keeps writing checkpoints there.
     *
     * @throws ModelFileException if the file is no translator checkpoint or {@code data} is not the
     *     size it was trained on
     */
    public static TranslatorTrainer resume(Path checkpoint, List<TokenPair> data) throws IOException {
        ModelFile saved = ModelFileReader.read(checkpoint, TranslatorConfig.KIND);
        JsonNode position = saved.metadata().get("training");
        if (position == null) {
            throw new ModelFileException(checkpoint, "is a model without training state; it cannot be resumed");
        }
        if (position.path("examples").asInt() != data.size()) {
            throw new ModelFileException(checkpoint, "was trained on " + position.path("examples").asInt()
                    + " sentence pairs, not the " + data.size() + " given; resume with the same data");
        }
        TranslatorTrainer trainer = new TranslatorTrainer(Translator.fromFile(checkpoint, saved), data);
        Checkpoint.restore(checkpoint, TranslatorConfig.KIND, trainer.model, trainer.optimizer);
        trainer.epoch = position.path("epoch").asInt();
        trainer.batchInEpoch = position.path("batch").asInt();
        trainer.step = position.path("step").asLong();
        trainer.targetTokens = position.path("targetTokens").asLong();
        trainer.seconds = position.path("seconds").asDouble();
        trainer.bestEpoch = position.path("bestEpoch").asInt();
        trainer.bestMetric = trainer.bestEpoch > 0 ? position.path("bestMetric").asDouble() : Double.NaN;
        trainer.checkpoint = checkpoint;
        return trainer;
    }

    /** Where resumable checkpoints go; without one none is written. */
    public TranslatorTrainer checkpointTo(Path file) {
        this.checkpoint = file;
        return this;
    }

    /**
     * Where the model with the best development metric is written (each time it improves), or,
     * without a metric, the model at the end of training.
     */
    public TranslatorTrainer bestModelTo(Path file) {
        this.bestModel = file;
        return this;
    }

    /**
     * Scores the model on development data after every epoch (higher is better, e.g. BLEU); training
     * stops after {@code config.patience()} epochs without improvement.
     */
    public TranslatorTrainer evaluateWith(ToDoubleFunction<Translator> metric) {
        this.devMetric = Objects.requireNonNull(metric, "metric");
        return this;
    }

    /** Where progress lines go, one every {@code every} updates and one per epoch; {@code null} for silence. */
    public TranslatorTrainer log(PrintStream out, int every) {
        this.log = out;
        this.logEvery = every;
        return this;
    }

    /** Ends training, as {@link #requestStop()} does, once {@code steps} updates have been made in all. */
    public TranslatorTrainer stopAfterSteps(long steps) {
        this.stopAfterSteps = steps;
        return this;
    }

    /** Asks training to stop after the current step and write a resumable checkpoint; safe from any thread. */
    public void requestStop() {
        stopRequested = true;
    }

    public Translator model() {
        return model;
    }

    /** Trains until the last epoch, early stopping, a stop request or the step limit. */
    public Result train() throws IOException {
        Outcome outcome = Outcome.FINISHED;
        model.train(true);
        epochs:
        while (epoch < config.epochs()) {
            List<int[]> batches = Batches.bucketed(lengths, config.batchSize(), POOL_BATCHES,
                    new Random(mix(config.seed(), -1 - epoch)));
            while (batchInEpoch < batches.size()) {
                if (stopRequested || (stopAfterSteps > 0 && step >= stopAfterSteps)) {
                    outcome = Outcome.INTERRUPTED;
                    break epochs;
                }
                double loss = step(batches.get(batchInEpoch));
                batchInEpoch++;
                if (log != null && step % logEvery == 0) {
                    log.printf(Locale.ROOT, "epoch %d  step %d  loss %.4f  lr %.2e  %.0f target tokens/s%n", epoch + 1,
                            step, loss, optimizer.learningRate(), targetTokens / seconds);
                }
                if (config.checkpointEvery() > 0 && step % config.checkpointEvery() == 0) {
                    saveCheckpoint();
                }
            }
            epoch++;
            batchInEpoch = 0;
            boolean stopEarly = endOfEpoch();
            saveCheckpoint();
            if (stopEarly) {
                outcome = Outcome.STOPPED_EARLY;
                break;
            }
        }
        if (checkpointedAt != step) {
            saveCheckpoint();
        }
        if (devMetric == null && bestModel != null && outcome != Outcome.INTERRUPTED) {
            model.save(bestModel);
        }
        model.train(false);
        return new Result(outcome, epoch, step, targetTokens, seconds, bestEpoch, bestMetric);
    }

    /** Scores the finished epoch; true when training should stop early. */
    private boolean endOfEpoch() throws IOException {
        if (devMetric == null) {
            if (log != null) {
                log.printf(Locale.ROOT, "epoch %d done  %d steps  %.0f target tokens/s%n", epoch, step, targetTokens / seconds);
            }
            return false;
        }
        model.train(false);
        double metric = devMetric.applyAsDouble(model);
        model.train(true);
        boolean better = bestEpoch == 0 || metric > bestMetric;
        if (better) {
            bestEpoch = epoch;
            bestMetric = metric;
            if (bestModel != null) {
                model.save(bestModel);
            }
        }
        if (log != null) {
            log.printf(Locale.ROOT, "epoch %d done  dev %.4f%s  %.0f target tokens/s%n", epoch, metric,
                    better ? " (best)" : "", targetTokens / seconds);
        }
        return epoch - bestEpoch >= config.patience();
    }

    /** One update on the pairs {@code batch} indexes; returns the batch's loss. */
    private double step(int[] batch) {
        long start = System.nanoTime();
        int[][] sources = new int[batch.length][];
        int[][] targets = new int[batch.length][];
        long tokens = 0;
        for (int i = 0; i < batch.length; i++) {
            TokenPair pair = data.get(batch[i]);
            sources[i] = pair.source();
            targets[i] = pair.target();
            tokens += pair.target().length + 1;
        }
        optimizer.zeroGrad();
        Tensor loss = model.loss(sources, targets, new Random(mix(config.seed(), step)));
        float value = loss.item();
        if (!Float.isFinite(value)) {
            throw new TrainingDivergedException("training diverged: the loss became " + value + " at step " + (step + 1)
                    + "; lower the learning rate or clip gradients", null);
        }
        loss.backward();
        if (config.clipNorm() > 0) {
            GradientClipping.byGlobalNorm(optimizer.parameters(), config.clipNorm());
        }
        optimizer.setLearningRate(learningRate(step));
        try {
            optimizer.step();
        } catch (NonFiniteGradientException e) {
            throw new TrainingDivergedException("training diverged at step " + (step + 1) + ": " + e.getMessage(), e);
        }
        step++;
        targetTokens += tokens;
        seconds += (System.nanoTime() - start) / 1e9;
        return value;
    }

    /** lr(t) = peak · min(1, (t + 1)/W) · γ^⌊t/N⌋: a pure function of the update number, so resuming keeps it. */
    double learningRate(long t) {
        double lr = config.learningRate();
        if (config.warmupSteps() > 0 && t < config.warmupSteps()) {
            lr *= (t + 1) / (double) config.warmupSteps();
        }
        if (config.decayEvery() > 0) {
            lr *= Math.pow(config.decayFactor(), t / config.decayEvery());
        }
        return lr;
    }

    private void saveCheckpoint() throws IOException {
        if (checkpoint == null) {
            return;
        }
        checkpointedAt = step;
        ObjectNode metadata = model.vocabularies();
        ObjectNode position = metadata.putObject("training");
        position.put("examples", data.size());
        position.put("epoch", epoch);
        position.put("batch", batchInEpoch);
        position.put("step", step);
        position.put("targetTokens", targetTokens);
        position.put("seconds", seconds);
        position.put("bestEpoch", bestEpoch);
        if (bestEpoch > 0) {
            position.put("bestMetric", bestMetric);
        }
        Checkpoint.save(checkpoint, TranslatorConfig.KIND, model, optimizer, Configs.toJson(config), metadata);
    }

    /** A well-mixed seed from (seed, n) (SplitMix64's finaliser), so nearby n give unrelated generators. */
    static long mix(long seed, long n) {
        long z = seed + (n + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
