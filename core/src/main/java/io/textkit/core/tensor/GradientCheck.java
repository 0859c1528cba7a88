package io.textkit.core.tensor;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Finite-difference gradient checking: compares the gradient back-propagation computes with
 * central differences (f(x + h) − f(x − h)) / 2h of the same function.
 *
 * <p>The function's output, of any shape, is reduced to a scalar L = Σ r ⊙ out with a fixed random
 * r, so that every output element's gradient path is exercised. Values are float32, so the check
 * cannot be tighter than float32 rounding allows: with h = 1e-2 the truncation error is O(h²) and
 * the rounding error about ulp(L)/h ≈ 1e-5·|L|, hence the default tolerance
 * |analytic − numeric| ≤ 2e-3 + 2e-2·max(|analytic|, |numeric|). Inputs should stay away from kinks
 * (ReLU at 0, ties of a max) by more than h.
 */
public final class GradientCheck {
    private final float step;
    private final float absoluteTolerance;
    private final float relativeTolerance;

    private GradientCheck(float step, float absoluteTolerance, float relativeTolerance) {
        this.step = step;
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
    }

    /** The default check, for functions built from float32 ops. */
    public static GradientCheck standard() {
        return new GradientCheck(1e-2f, 2e-3f, 2e-2f);
    }

    /** A check with its own step and tolerances. */
    public static GradientCheck of(float step, float absoluteTolerance, float relativeTolerance) {
        return new GradientCheck(step, absoluteTolerance, relativeTolerance);
    }

    /**
     * Checks ∂L/∂w for every element of every tensor in {@code wrt}, where {@code function} rebuilds
     * the graph from their current values. Throws {@link AssertionError} naming the tensor, the
     * element and both values at the first disagreement.
     */
    public void check(Supplier<Tensor> function, List<Tensor> wrt) {
        Tensor probe = function.get();
        float[] r = new float[probe.data().length];
        Random random = new Random(7);
        for (int k = 0; k < r.length; k++) {
            r[k] = (float) random.nextGaussian();
        }
        for (Tensor w : wrt) {
            w.zeroGrad();
        }
        Tensor loss = Reductions.sum(Arithmetic.mul(function.get(), Tensor.of(probe.rows(), probe.cols(), r)));
        loss.backward();
        for (int t = 0; t < wrt.size(); t++) {
            Tensor w = wrt.get(t);
            float[] analytic = w.grad().data.clone();
            float[] v = w.data();
            for (int k = 0; k < v.length; k++) {
                float saved = v[k];
                v[k] = saved + step;
                double plus = weightedSum(function.get(), r);
                v[k] = saved - step;
                double minus = weightedSum(function.get(), r);
                v[k] = saved;
                double numeric = (plus - minus) / (2 * step);
                double diff = Math.abs(analytic[k] - numeric);
                double scale = Math.max(Math.abs(analytic[k]), Math.abs(numeric));
                if (diff > absoluteTolerance + relativeTolerance * scale) {
                    throw new AssertionError("gradient of input " + t + " (" + w.shape() + ") at (" + k / w.cols() + ", "
                            + k % w.cols() + "): back-propagated " + analytic[k] + ", finite difference " + numeric);
                }
            }
        }
    }

    /** Checks with respect to the given tensors. */
    public void check(Supplier<Tensor> function, Tensor... wrt) {
        check(function, List.of(wrt));
    }

    private static double weightedSum(Tensor out, float[] r) {
        float[] y = out.data();
        double s = 0;
        for (int k = 0; k < y.length; k++) {
            s += (double) y[k] * r[k];
        }
        return s;
    }
}
