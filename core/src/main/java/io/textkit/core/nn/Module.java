package io.textkit.core.nn;

import io.textkit.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;

/**
 * A trainable piece of a model: it owns parameters (trained by an optimizer), buffers (state that
 * is saved but not trained, such as batch-norm running statistics) and child modules. A subclass
 * registers them in its constructor and computes its output in its own {@code forward} method,
 * whose signature fits what it does.
 *
 * <p>Names are dotted paths ({@code encoder.layer0.weight}); a module's own parameters come first,
 * then its buffers, then its children, each in registration order, so a model's state is an
 * ordered map that a model file can store and validate.
 */
public abstract class Module {
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final Map<String, FMatrixRMaj> buffers = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    /** Registers a trainable parameter under {@code name} and returns it. */
    protected Tensor registerParameter(String name, Tensor parameter) {
        if (!parameter.requiresGrad()) {
            throw new IllegalArgumentException("parameter '" + name + "' must be made with Tensor.parameter");
        }
        requireNewName(name);
        parameters.put(name, parameter);
        return parameter;
    }

    /** Registers saved, untrained state under {@code name} and returns it. */
    protected FMatrixRMaj registerBuffer(String name, FMatrixRMaj buffer) {
        requireNewName(name);
        buffers.put(name, buffer);
        return buffer;
    }

    /** Registers a child module under {@code name} and returns it. */
    protected <M extends Module> M registerModule(String name, M child) {
        requireNewName(name);
        children.put(name, child);
        return child;
    }

    private void requireNewName(String name) {
        if (name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException("a module member name must be non-empty and without dots: '" + name + "'");
        }
        if (parameters.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException("'" + name + "' is already registered in " + getClass().getSimpleName());
        }
    }

    /** Every parameter of this module and its children, by dotted name, in registration order. */
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collectParameters("", out);
        return out;
    }

    /** Every parameter of this module and its children, in registration order. */
    public List<Tensor> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /**
     * The state to save: every parameter's value and every buffer, by dotted name. The matrices are
     * the live ones, not copies.
     */
    public Map<String, FMatrixRMaj> state() {
        Map<String, FMatrixRMaj> out = new LinkedHashMap<>();
        collectState("", out);
        return out;
    }

    /**
     * Copies saved state into this module. Every name must be present with the same shape, and no
     * other name may appear; otherwise nothing is changed and the message names the first mismatch.
     */
    public void loadState(Map<String, FMatrixRMaj> saved) {
        Map<String, FMatrixRMaj> mine = state();
        for (Map.Entry<String, FMatrixRMaj> e : mine.entrySet()) {
            FMatrixRMaj s = saved.get(e.getKey());
            if (s == null) {
                throw new IllegalArgumentException("saved state lacks '" + e.getKey() + "'");
            }
            FMatrixRMaj m = e.getValue();
            if (s.numRows != m.numRows || s.numCols != m.numCols) {
                throw new IllegalArgumentException("saved '" + e.getKey() + "' is " + s.numRows + "×" + s.numCols
                        + " but the model expects " + m.numRows + "×" + m.numCols);
            }
        }
        for (String name : saved.keySet()) {
            if (!mine.containsKey(name)) {
                throw new IllegalArgumentException("saved state has '" + name + "', which this model does not");
            }
        }
        mine.forEach((name, m) -> System.arraycopy(saved.get(name).data, 0, m.data, 0, m.numRows * m.numCols));
    }

    private void collectParameters(String prefix, Map<String, Tensor> out) {
        parameters.forEach((name, t) -> out.put(prefix + name, t));
        children.forEach((name, child) -> child.collectParameters(prefix + name + ".", out));
    }

    private void collectState(String prefix, Map<String, FMatrixRMaj> out) {
        parameters.forEach((name, t) -> out.put(prefix + name, t.value()));
        buffers.forEach((name, b) -> out.put(prefix + name, b));
        children.forEach((name, child) -> child.collectState(prefix + name + ".", out));
    }

    /** Switches this module and its children between training (dropout, batch statistics) and evaluation. */
    public void train(boolean on) {
        training = on;
        children.values().forEach(c -> c.train(on));
    }

    /** True in training mode, the default. */
    public boolean isTraining() {
        return training;
    }

    /** Clears the gradients of every parameter. */
    public void zeroGrad() {
        namedParameters().values().forEach(Tensor::zeroGrad);
    }
}
