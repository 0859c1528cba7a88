package io.textkit.core.tensor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;

/**
 * A two-dimensional float32 matrix with an optional gradient: the one value type of textkit's
 * reverse-mode automatic differentiation.
 *
 * <p>The value is an EJML {@link FMatrixRMaj} (row-major {@code float[]}). A tensor made by an op
 * remembers its inputs and a backward step; {@link #backward()} on a 1×1 loss walks that graph in
 * reverse topological order and accumulates {@code ∂loss/∂x} into the gradient of every tensor that
 * {@linkplain #requiresGrad() requires it}. Graphs are built anew on every forward pass
 * (define-by-run), so control flow is plain Java.
 *
 * <p>A batch of sequences is one tensor of shape {@code (time·batch) × features}, time-major: row
 * {@code t·batch + b} holds example {@code b} at step {@code t}, so one time step is a contiguous
 * block of rows. Padding is described by a mask {@code float[time·batch]} in the same order.
 *
 * <p>Gradients are dense, except that an embedding lookup marks only the rows it touched; an
 * optimizer then updates only those rows ({@link #gradRows()}). Any dense contribution makes the
 * whole gradient dense.
 */
public final class Tensor {
    private static final Tensor[] NO_INPUTS = new Tensor[0];

    private enum GradState { NONE, SPARSE, DENSE }

    private final FMatrixRMaj value;
    private final String op;
    private final Tensor[] inputs;
    private final boolean requiresGrad;
    private Backward backward;
    private FMatrixRMaj grad;
    private GradState gradState = GradState.NONE;
    private BitSet gradRows;

    /** The step that propagates this tensor's gradient to the gradients of its inputs. */
    @FunctionalInterface
    public interface Backward {
        /** Reads {@code out.grad()} and accumulates into the inputs' gradients. */
        void run(Tensor out);
    }

    private Tensor(FMatrixRMaj value, String op, Tensor[] inputs, boolean requiresGrad) {
        if (value.data.length != value.numRows * value.numCols) {
            throw new IllegalArgumentException("a tensor's matrix must own exactly rows×cols values: "
                    + value.numRows + "×" + value.numCols + " has an array of " + value.data.length);
        }
        this.value = value;
        this.op = op;
        this.inputs = inputs;
        this.requiresGrad = requiresGrad;
    }

    /** A constant: wraps {@code value} without copying; no gradient flows into it. */
    public static Tensor constant(FMatrixRMaj value) {
        return new Tensor(value, "constant", NO_INPUTS, false);
    }

    /** A trainable leaf: wraps {@code value} without copying; its gradient is accumulated. */
    public static Tensor parameter(FMatrixRMaj value) {
        return new Tensor(value, "parameter", NO_INPUTS, true);
    }

    /** A constant from rows of numbers; every row must have the same length. */
    public static Tensor of(float[][] rows) {
        return constant(new FMatrixRMaj(rows));
    }

    /** A {@code rows × cols} constant holding {@code data} in row-major order (not copied). */
    public static Tensor of(int rows, int cols, float... data) {
        if (data.length != rows * cols) {
            throw new IllegalArgumentException(
                    "a " + rows + "×" + cols + " tensor needs " + rows * cols + " values, got " + data.length);
        }
        return constant(FMatrixRMaj.wrap(rows, cols, data));
    }

    /** A {@code rows × cols} constant of zeros. */
    public static Tensor zeros(int rows, int cols) {
        return constant(new FMatrixRMaj(rows, cols));
    }

    /** A {@code 1×1} constant. */
    public static Tensor scalar(float v) {
        return of(1, 1, v);
    }

    /** A {@code rows × cols} parameter drawn uniformly from {@code [-bound, bound]}. */
    public static Tensor uniform(int rows, int cols, float bound, Random random) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (2 * random.nextFloat() - 1) * bound;
        }
        return parameter(m);
    }

    /**
     * The result of an op. It requires a gradient when gradient recording is on ({@link GradMode})
     * and any input requires one; only then is the graph edge kept. With {@link Anomaly} detection
     * on, a non-finite value is reported here, naming the op.
     */
    public static Tensor result(String op, FMatrixRMaj value, Tensor... inputs) {
        boolean needs = false;
        if (GradMode.isEnabled()) {
            for (Tensor in : inputs) {
                needs |= in.requiresGrad;
            }
        }
        if (Anomaly.isEnabled()) {
            Anomaly.checkFinite(op, "forward value", value);
        }
        return new Tensor(value, op, needs ? inputs : NO_INPUTS, needs);
    }

    /** Sets the backward step of an op's result; ignored when the result needs no gradient. */
    public Tensor withBackward(Backward step) {
        if (requiresGrad && !isLeaf()) {
            this.backward = step;
        }
        return this;
    }

    /** The value matrix itself (not a copy). */
    public FMatrixRMaj value() {
        return value;
    }

    /** The value's backing array, row-major (not a copy). */
    public float[] data() {
        return value.data;
    }

    public int rows() {
        return value.numRows;
    }

    public int cols() {
        return value.numCols;
    }

    /** The element at {@code (row, col)}. */
    public float get(int row, int col) {
        return value.data[row * value.numCols + col];
    }

    /** The single element of a 1×1 tensor. */
    public float item() {
        if (value.getNumElements() != 1) {
            throw new IllegalStateException("item() needs a 1×1 tensor, this is " + shape());
        }
        return value.data[0];
    }

    /** {@code "rows×cols"}, for messages. */
    public String shape() {
        return value.numRows + "×" + value.numCols;
    }

    /** The name of the op that made this tensor ("parameter" or "constant" for leaves). */
    public String op() {
        return op;
    }

    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** True for parameters and constants: tensors no op produced. */
    public boolean isLeaf() {
        return inputs.length == 0;
    }

    /** The inputs this tensor was computed from, when it requires a gradient. */
    public List<Tensor> inputs() {
        return Collections.unmodifiableList(Arrays.asList(inputs));
    }

    /** True once any gradient has been accumulated since the last {@link #zeroGrad()}. */
    public boolean hasGrad() {
        return gradState != GradState.NONE;
    }

    /**
     * The gradient, {@code ∂loss/∂this}, same shape as the value; zeros if none has flowed. Read it
     * after {@link #backward()}; ops accumulate into it through {@link #gradForAccumulation()}.
     */
    public FMatrixRMaj grad() {
        if (grad == null) {
            grad = new FMatrixRMaj(value.numRows, value.numCols);
        }
        return grad;
    }

    /**
     * The gradient matrix for an op to add a dense contribution into; marks the gradient dense.
     */
    public FMatrixRMaj gradForAccumulation() {
        FMatrixRMaj g = grad();
        gradState = GradState.DENSE;
        gradRows = null;
        return g;
    }

    /**
     * The gradient's backing array for an op to add into row {@code row} only, at offset
     * {@code row·cols}. Keeps the gradient sparse if it was.
     */
    public float[] gradForRowAccumulation(int row) {
        FMatrixRMaj g = grad();
        if (gradState == GradState.NONE) {
            gradState = GradState.SPARSE;
            gradRows = gradRows == null ? new BitSet(value.numRows) : gradRows;
        }
        if (gradState == GradState.SPARSE) {
            gradRows.set(row);
        }
        return g.data;
    }

    /** True when the gradient is known to be zero outside {@link #gradRows()}. */
    public boolean isGradSparse() {
        return gradState == GradState.SPARSE;
    }

    /**
     * The rows that carry gradient, in increasing order: the touched rows of a sparse gradient,
     * every row of a dense one, none when there is no gradient.
     */
    public int[] gradRows() {
        return switch (gradState) {
            case NONE -> new int[0];
            case SPARSE -> gradRows.stream().toArray();
            case DENSE -> IntStream.range(0, value.numRows).toArray();
        };
    }

    /** Clears the gradient, touching only the rows that carry one. */
    public void zeroGrad() {
        if (gradState == GradState.DENSE) {
            Arrays.fill(grad.data, 0f);
        } else if (gradState == GradState.SPARSE) {
            int cols = value.numCols;
            for (int r = gradRows.nextSetBit(0); r >= 0; r = gradRows.nextSetBit(r + 1)) {
                Arrays.fill(grad.data, r * cols, (r + 1) * cols, 0f);
            }
            gradRows.clear();
        }
        gradState = GradState.NONE;
    }

    /**
     * Back-propagates from this 1×1 tensor (a loss): seeds {@code ∂loss/∂loss = 1} and runs every
     * backward step of the graph once, outputs before inputs.
     */
    public void backward() {
        if (value.getNumElements() != 1) {
            throw new IllegalStateException("backward() starts from a 1×1 loss, this is " + shape()
                    + "; reduce it first (e.g. Reductions.mean)");
        }
        if (!requiresGrad) {
            throw new IllegalStateException("backward() on a tensor that does not depend on any parameter");
        }
        gradForAccumulation().data[0] += 1f;
        List<Tensor> order = topologicalOrder();
        boolean anomaly = Anomaly.isEnabled();
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.backward != null && t.hasGrad()) {
                t.backward.run(t);
                if (anomaly) {
                    for (Tensor in : t.inputs) {
                        if (in.hasGrad()) {
                            Anomaly.checkFinite(t.op, "gradient flowing back", in.grad);
                        }
                    }
                }
            }
        }
    }

    /** Tensors reachable from this one, every tensor after all of its inputs. */
    private List<Tensor> topologicalOrder() {
        List<Tensor> order = new ArrayList<>();
        Map<Tensor, Boolean> visited = new IdentityHashMap<>();
        ArrayDeque<Tensor> stack = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        stack.push(this);
        next.push(0);
        visited.put(this, Boolean.TRUE);
        while (!stack.isEmpty()) {
            Tensor t = stack.peek();
            int i = next.pop();
            if (i < t.inputs.length) {
                next.push(i + 1);
                Tensor in = t.inputs[i];
                if (in.requiresGrad && visited.putIfAbsent(in, Boolean.TRUE) == null) {
                    stack.push(in);
                    next.push(0);
                }
            } else {
                stack.pop();
                order.add(t);
            }
        }
        return order;
    }

    /** A copy of this tensor's value as a constant, cut from the graph. */
    public Tensor detach() {
        return constant(value.copy());
    }

    @Override
    public String toString() {
        return "Tensor(" + shape() + ", " + op + (requiresGrad ? ", requires grad" : "") + ")";
    }
}
