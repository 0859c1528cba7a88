package io.textkit.seq2seq.lm;

import io.textkit.core.config.Configs;
import io.textkit.core.nn.RecurrentState;
import io.textkit.core.optim.Adam;
import io.textkit.core.optim.GradientClipping;
import io.textkit.core.optim.LearningRateSchedule;
import io.textkit.core.optim.NonFiniteGradientException;
import io.textkit.core.optim.Optimizer;
import io.textkit.core.optim.Sgd;
import io.textkit.core.train.Checkpoint;
import io.textkit.core.train.EarlyStopping;
import io.textkit.core.train.TrainingDivergedException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;

/**
 * Trains a {@link LanguageModel} with truncated back-propagation through time. Each epoch reads the
 * training stream as {@link BpttBatches} segments in order; the state each segment ends on starts
 * the next one, detached, so the model sees context from before the segment but gradients stop at
 * its start. A step is:
 *
 * <pre>
 * loss = mean cross-entropy of the segment's predictions
 * g    = ∂loss/∂θ, rescaled to norm clipNorm when above it
 * θ   ← Adam or SGD step with lr·lrDecay^(epoch − 1)
 * </pre>
 *
 * <p>After every epoch the held-out perplexity is measured ({@link Perplexity}); the weights of the
 * best epoch are kept, and training stops once {@code patience} epochs in a row did not improve on
 * it. With a checkpoint path, the model and optimizer are saved there after every epoch
 * ({@link Checkpoint}). There is no randomness besides the model's own dropout, so a fixed seed
 * gives the same model every time the matrix products run on one thread
 * ({@code -Dtextkit.matmul.threads=1}).
 */
public final class LanguageModelTrainer {
    private static final int PROGRESS_LINES = 10;

    private final PrintStream log;
    private final Path checkpoint;

    /**
     * A trainer that reports epochs (and progress within them) to {@code log}, {@code null} for
     * silence, and saves a checkpoint after every epoch to {@code checkpoint}, {@code null} for none.
     */
    public LanguageModelTrainer(PrintStream log, Path checkpoint) {
        this.log = log;
        this.checkpoint = checkpoint;
    }

    /**
     * One epoch's summary.
     *
     * @param trainPerplexity    exp of the mean training loss over the epoch (with dropout)
     * @param heldOutPerplexity  on the held-out stream after the epoch
     * @param tokensPerSecond    training tokens (predictions) per second, the held-out pass excluded
     */
    public record Epoch(int epoch, double learningRate, double trainPerplexity, double heldOutPerplexity,
            double tokensPerSecond, double seconds) {}

    /** What training did: every epoch, and the best one, whose weights the model holds. */
    public record History(List<Epoch> epochs, int bestEpoch, double bestPerplexity, boolean stoppedEarly) {
        public History {
            epochs = List.copyOf(epochs);
        }
    }

    /**
     * Trains {@code model} (modified) on {@code train} with its config, measuring the perplexity on
     * {@code heldOut} after every epoch; both streams are read only. Leaves the model in evaluation
     * mode with the best epoch's weights.
     *
     * @throws TrainingDivergedException when the loss or a gradient becomes NaN or infinite
     */
    public History train(LanguageModel model, int[] train, int[] heldOut) {
        LanguageModelConfig config = model.config();
        BpttBatches segments = new BpttBatches(train, config.batchSize(), config.bptt());
        // Refuses a held-out text too short to measure now rather than after the first epoch.
        new BpttBatches(heldOut, Perplexity.EVALUATION_BATCH, config.bptt());
        Optimizer optimizer = switch (config.optimizer()) {
            case ADAM -> new Adam(model.namedParameters(), config.learningRate(), Adam.DEFAULT_BETA1,
                    Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON, 0);
            case SGD -> new Sgd(model.namedParameters(), config.learningRate(), 0);
        };
        LearningRateSchedule schedule = LearningRateSchedule.stepDecay(config.learningRate(), config.lrDecay(),
                segments.segments());
        EarlyStopping stopping = new EarlyStopping(false, config.patience(), 0);
        Map<String, FMatrixRMaj> best = null;
        List<Epoch> epochs = new ArrayList<>();
        boolean stoppedEarly = false;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            model.train(true);
            long start = System.nanoTime();
            double lossSum = 0;
            long seen = 0;
            List<RecurrentState> state = null;
            int every = Math.max(1, segments.segments() / PROGRESS_LINES);
            for (int k = 0; k < segments.segments(); k++) {
                optimizer.zeroGrad();
                LanguageModel.Loss loss = model.loss(segments.inputs(k), segments.targets(k), segments.batch(), state);
                float value = loss.value().item();
                if (!Float.isFinite(value)) {
                    throw new TrainingDivergedException(String.format(Locale.ROOT,
                            "the loss became %s at epoch %d, segment %d of %d; lower the learning rate or clipNorm",
                            value, epoch, k + 1, segments.segments()), null);
                }
                loss.value().backward();
                if (config.clipNorm() > 0) {
                    GradientClipping.byGlobalNorm(optimizer.parameters(), config.clipNorm());
                }
                schedule.applyTo(optimizer);
                try {
                    optimizer.step();
                } catch (NonFiniteGradientException e) {
                    throw new TrainingDivergedException("training diverged at epoch " + epoch + ", segment " + (k + 1)
                            + ": " + e.getMessage(), e);
                }
                state = detached(loss.finalStates());
                long predicted = (long) segments.steps(k) * segments.batch();
                lossSum += (double) value * predicted;
                seen += predicted;
                if (log != null && (k + 1) % every == 0 && k + 1 < segments.segments()) {
                    log.printf(Locale.ROOT, "epoch %d  %d/%d segments  train ppl %.2f  %.0f tokens/s%n", epoch, k + 1,
                            segments.segments(), Math.exp(lossSum / seen), seen / seconds(start));
                }
            }
            double seconds = seconds(start);
            double heldOutPerplexity = Perplexity.of(model, heldOut, Perplexity.EVALUATION_BATCH, config.bptt())
                    .perplexity();
            Epoch e = new Epoch(epoch, optimizer.learningRate(), Math.exp(lossSum / seen), heldOutPerplexity,
                    seen / seconds, seconds);
            epochs.add(e);
            if (stopping.update(epoch, heldOutPerplexity)) {
                best = copy(model.state());
            }
            if (log != null) {
                log.printf(Locale.ROOT, "epoch %d/%d  lr %.3g  train ppl %.2f  held-out ppl %.2f%s  %.0f tokens/s  %.1f s%n",
                        epoch, config.epochs(), e.learningRate(), e.trainPerplexity(), heldOutPerplexity,
                        stopping.bestEpoch() == epoch ? " (best)" : "", e.tokensPerSecond(), seconds);
            }
            if (checkpoint != null) {
                saveCheckpoint(model, optimizer, epoch);
            }
            if (stopping.shouldStop() && epoch < config.epochs()) {
                stoppedEarly = true;
                if (log != null) {
                    log.printf(Locale.ROOT, "stopping early: no better held-out perplexity for %d epochs%n",
                            config.patience());
                }
                break;
            }
        }
        model.loadState(best);
        model.train(false);
        return new History(epochs, stopping.bestEpoch(), stopping.best(), stoppedEarly);
    }

    private void saveCheckpoint(LanguageModel model, Optimizer optimizer, int epoch) {
        try {
            Checkpoint.save(checkpoint, LanguageModelFile.KIND, model, optimizer, Configs.toJson(model.config()),
                    LanguageModelFile.metadata(model).put("epoch", epoch));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the checkpoint " + checkpoint + ": " + e.getMessage(), e);
        }
    }

    private static List<RecurrentState> detached(List<RecurrentState> states) {
        List<RecurrentState> out = new ArrayList<>(states.size());
        for (RecurrentState s : states) {
            out.add(new RecurrentState(s.h().detach(), s.c() == null ? null : s.c().detach()));
        }
        return out;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static Map<String, FMatrixRMaj> copy(Map<String, FMatrixRMaj> state) {
        Map<String, FMatrixRMaj> out = new LinkedHashMap<>();
        state.forEach((name, m) -> out.put(name, m.copy()));
        return out;
    }
}
