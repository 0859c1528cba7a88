package io.textkit.core.optim;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Tensor;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gradient-based update rule over a fixed list of parameters. The base class owns the lifecycle
 * (which parameters, which rows, the step counts, the learning rate, the non-finite guard); a
 * subclass implements one method, {@link #update}, the rule itself applied to a contiguous range of
 * one parameter's elements.
 *
 * <p>Lifecycle of one training step: {@code zeroGrad()} → forward → {@code loss.backward()} →
 * optional {@link GradientClipping} → optional {@code schedule.applyTo(optimizer)} → {@link #step()}.
 *
 * <p><b>Sparse gradients are updated lazily.</b> When a parameter's gradient is sparse (an embedding
 * lookup), only its {@linkplain Tensor#gradRows() touched rows} are updated; the values and the
 * optimizer state (moments, accumulators) of every other row are left exactly as they were, and
 * weight decay is not applied to them either. This is what PyTorch's {@code SparseAdam} does and
 * what makes a step cost O(touched rows) instead of O(vocabulary). It is not the same as a dense
 * step with zero gradient in the untouched rows, which would still decay their momentum and weights.
 * Bias corrections use one step count per parameter (the number of steps in which it had a
 * gradient), not one per row, again as PyTorch does.
 *
 * <p>Per-parameter state is allocated once, in the constructor, with the parameter's shape; a step
 * allocates nothing per element. There is no randomness.
 */
public abstract class Optimizer {
    private final Tensor[] params;
    private final String[] labels;
    private final int[] updates;
    private final Map<String, float[][]> state = new LinkedHashMap<>();
    private double learningRate;
    private long steps;

    /**
     * An optimizer over named parameters, typically {@code module.namedParameters()}, in the map's
     * order; errors name the parameter by its key.
     */
    protected Optimizer(Map<String, Tensor> parameters, double learningRate) {
        Tensor[] params = parameters.values().toArray(new Tensor[0]);
        String[] names = parameters.keySet().toArray(new String[0]);
        Map<Tensor, Boolean> seen = new IdentityHashMap<>();
        String[] described = new String[params.length];
        for (int p = 0; p < params.length; p++) {
            Tensor t = params[p];
            described[p] = "parameter '" + names[p] + "' (" + t.shape() + ")";
            if (!t.requiresGrad() || !t.isLeaf()) {
                throw new IllegalArgumentException(described[p] + " is not a trainable leaf; make it with Tensor.parameter");
            }
            if (seen.put(t, Boolean.TRUE) != null) {
                throw new IllegalArgumentException(described[p] + " is listed twice; it would be updated twice per step");
            }
        }
        this.params = params;
        this.labels = described;
        this.updates = new int[params.length];
        this.learningRate = Check.nonNegative("learning rate", learningRate);
    }

    /**
     * Applies one update to every parameter that has a gradient, using that gradient; parameters
     * without one are skipped (their step count does not advance). Reads the gradients; modifies the
     * parameters' values and this optimizer's state. Gradients are not cleared.
     *
     * @throws NonFiniteGradientException if any gradient holds a NaN or infinity; it is thrown
     *     before anything is modified, so the step is either applied whole or not at all
     */
    public final void step() {
        requireFiniteGradients();
        for (int p = 0; p < params.length; p++) {
            Tensor t = params[p];
            if (!t.hasGrad()) {
                continue;
            }
            int count = ++updates[p];
            float[] w = t.data();
            float[] g = t.grad().data;
            if (t.isGradSparse()) {
                int cols = t.cols();
                for (int r : t.gradRows()) {
                    update(p, count, w, g, r * cols, (r + 1) * cols);
                }
            } else {
                update(p, count, w, g, 0, w.length);
            }
        }
        steps++;
    }

    /**
     * The update rule, applied to elements {@code [from, to)} of parameter {@code p}: a whole
     * parameter when its gradient is dense, one row at a time when it is sparse. Reads {@code g};
     * modifies {@code w} and this parameter's state in the same range, nothing else.
     *
     * @param p the parameter's index, to find its state
     * @param t how many updates parameter {@code p} has had, this one included (1 on the first)
     * @param w the parameter's values
     * @param g its gradient, the same shape
     */
    protected abstract void update(int p, int t, float[] w, float[] g, int from, int to);

    /**
     * Allocates a state slot: one zeroed array per parameter, shaped like it, indexed by parameter.
     * Call from the subclass constructor; the name is for inspection.
     */
    protected final float[][] newState(String name) {
        float[][] slot = new float[params.length][];
        for (int p = 0; p < params.length; p++) {
            slot[p] = new float[params[p].data().length];
        }
        state.put(name, slot);
        return slot;
    }

    /** The live state array {@code name} of parameter {@code p}, for tests. */
    float[] state(String name, int p) {
        float[][] slot = state.get(name);
        if (slot == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has no state '" + name + "', only "
                    + state.keySet());
        }
        return slot[p];
    }

    /** The names of this optimizer's state slots, in allocation order, for tests. */
    Set<String> stateNames() {
        return state.keySet();
    }

    /**
     * A copy of everything this optimizer carries between steps, so that a checkpoint can resume
     * training exactly: every state slot of every parameter (moments, accumulators) and the step
     * counts.
     */
    public final Snapshot snapshot() {
        Map<String, float[]> slots = new LinkedHashMap<>();
        state.forEach((name, perParameter) -> {
            for (int p = 0; p < params.length; p++) {
                slots.put(name + "/" + p, perParameter[p].clone());
            }
        });
        return new Snapshot(getClass().getSimpleName(), steps, updates.clone(), slots);
    }

    /**
     * Restores a {@link #snapshot()} taken from an optimizer of the same class over parameters of
     * the same shapes; refuses anything else, naming the mismatch, before changing anything.
     */
    public final void restore(Snapshot saved) {
        String kind = getClass().getSimpleName();
        if (!saved.optimizer().equals(kind)) {
            throw new IllegalArgumentException("the saved optimizer state is " + saved.optimizer() + "'s, not " + kind + "'s");
        }
        if (saved.updates().length != params.length) {
            throw new IllegalArgumentException("the saved optimizer state covers " + saved.updates().length
                    + " parameters, this optimizer " + params.length);
        }
        Map<String, float[]> mine = snapshot().slots();
        if (!saved.slots().keySet().equals(mine.keySet())) {
            throw new IllegalArgumentException("the saved optimizer state has slots " + saved.slots().keySet()
                    + ", this optimizer " + mine.keySet());
        }
        for (Map.Entry<String, float[]> e : mine.entrySet()) {
            if (saved.slots().get(e.getKey()).length != e.getValue().length) {
                throw new IllegalArgumentException("the saved optimizer slot " + e.getKey() + " has "
                        + saved.slots().get(e.getKey()).length + " values, this optimizer " + e.getValue().length);
            }
        }
        state.forEach((name, perParameter) -> {
            for (int p = 0; p < params.length; p++) {
                float[] from = saved.slots().get(name + "/" + p);
                System.arraycopy(from, 0, perParameter[p], 0, from.length);
            }
        });
        System.arraycopy(saved.updates(), 0, updates, 0, updates.length);
        steps = saved.steps();
    }

    /**
     * An optimizer's state: its class, its step count, each parameter's update count, and each
     * state slot by {@code "slotName/parameterIndex"}.
     */
    public record Snapshot(String optimizer, long steps, int[] updates, Map<String, float[]> slots) {}

    /** Clears the gradient of every parameter. */
    public final void zeroGrad() {
        for (Tensor t : params) {
            t.zeroGrad();
        }
    }

    /** The parameters, in the order given. */
    public final List<Tensor> parameters() {
        return List.of(params);
    }

    /** The learning rate the next {@link #step()} will use. */
    public final double learningRate() {
        return learningRate;
    }

    /** Sets the learning rate for the following steps; a schedule calls this before each step. */
    public final void setLearningRate(double learningRate) {
        this.learningRate = Check.nonNegative("learning rate", learningRate);
    }

    /** How many times {@link #step()} has completed: the {@code t} a schedule is asked about next. */
    public final long steps() {
        return steps;
    }

    /** One pass over every gradient (the touched rows of a sparse one); throws at the first non-finite value. */
    private void requireFiniteGradients() {
        for (int p = 0; p < params.length; p++) {
            Tensor t = params[p];
            if (!t.hasGrad()) {
                continue;
            }
            float[] g = t.grad().data;
            int cols = t.cols();
            if (t.isGradSparse()) {
                for (int r : t.gradRows()) {
                    requireFinite(p, g, r * cols, (r + 1) * cols, cols);
                }
            } else {
                requireFinite(p, g, 0, g.length, cols);
            }
        }
    }

    private void requireFinite(int p, float[] g, int from, int to, int cols) {
        // x·0 is ±0 for every finite x and NaN for NaN and ±∞, so the sum stays 0 unless something
        // is not finite: a branch-free loop; the slow search below runs only when it failed.
        float probe = 0f;
        for (int i = from; i < to; i++) {
            probe += g[i] * 0f;
        }
        if (probe == 0f) {
            return;
        }
        for (int i = from; i < to; i++) {
            if (!Float.isFinite(g[i])) {
                throw new NonFiniteGradientException(labels[p], g[i], i / cols, i % cols);
            }
        }
    }
}
