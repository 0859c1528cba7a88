package io.textkit.core.optim;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Tensor;
import java.util.Map;

/**
 * Adadelta (Zeiler 2012): a step whose units match the weights', from running averages of squared
 * gradients v and squared steps u, so there is no learning rate to tune (lr scales the step and is
 * 1 by default). Kim's TextCNN (2014) trained with it.
 *
 * <pre>
 * g ← g + λw                      (optional L2 weight decay)
 * v ← ρ·v + (1 − ρ)·g²
 * Δ ← √(u + ε) / √(v + ε) · g
 * u ← ρ·u + (1 − ρ)·Δ²
 * w ← w − lr·Δ
 * </pre>
 *
 * The formula is PyTorch's {@code Adadelta}. The defaults are the paper's and Kim's: lr 1.0,
 * ρ 0.95, ε 1e-6; PyTorch's default ρ is 0.9, so pass it explicitly to compare with PyTorch.
 * State: v and u.
 */
public final class Adadelta extends Optimizer {
    public static final double DEFAULT_LEARNING_RATE = 1.0;
    public static final double DEFAULT_RHO = 0.95;
    public static final double DEFAULT_EPSILON = 1e-6;

    private final float rho;
    private final float oneMinusRho;
    private final float epsilon;
    private final float weightDecay;
    private final float[][] squareAverage;
    private final float[][] deltaAverage;

    public Adadelta(Map<String, Tensor> parameters, double learningRate, double rho, double epsilon,
            double weightDecay) {
        super(parameters, learningRate);
        this.rho = (float) Check.fraction("rho", rho);
        this.oneMinusRho = (float) (1 - rho);
        this.epsilon = (float) Check.positive("epsilon", epsilon);
        this.weightDecay = (float) Check.nonNegative("weight decay", weightDecay);
        this.squareAverage = newState("squareAverage");
        this.deltaAverage = newState("deltaAverage");
    }

    /** Adadelta with lr 1.0, ρ 0.95, ε 1e-6, no weight decay. */
    public static Adadelta defaults(Map<String, Tensor> parameters) {
        return new Adadelta(parameters, DEFAULT_LEARNING_RATE, DEFAULT_RHO, DEFAULT_EPSILON, 0);
    }

    @Override
    protected void update(int p, int t, float[] w, float[] g, int from, int to) {
        float lr = (float) learningRate();
        float r = rho;
        float oneMinusR = oneMinusRho;
        float eps = epsilon;
        float lambda = weightDecay;
        float[] v = squareAverage[p];
        float[] u = deltaAverage[p];
        for (int i = from; i < to; i++) {
            float gi = g[i] + lambda * w[i];
            v[i] = r * v[i] + oneMinusR * gi * gi;
            float delta = (float) Math.sqrt(u[i] + eps) / (float) Math.sqrt(v[i] + eps) * gi;
            u[i] = r * u[i] + oneMinusR * delta * delta;
            w[i] -= lr * delta;
        }
    }
}
