package io.textkit.core.optim;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Tensor;
import java.util.Map;

/**
 * Adagrad (Duchi, Hazan & Singer 2011): each weight's step shrinks with the sum of its squared
 * gradients, so rare features keep large steps. {@code s ← s + g²;  w ← w − lr·g/(√s + ε)}, s₀ = 0,
 * after adding optional L2 weight decay λw to g. PyTorch's {@code Adagrad} with its defaults
 * lr = 0.01, ε = 1e-10 and no lr decay or initial accumulator. State: the sum s.
 */
public final class Adagrad extends Optimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_EPSILON = 1e-10;

    private final float epsilon;
    private final float weightDecay;
    private final float[][] sum;

    public Adagrad(Map<String, Tensor> parameters, double learningRate, double epsilon, double weightDecay) {
        super(parameters, learningRate);
        this.epsilon = (float) Check.positive("epsilon", epsilon);
        this.weightDecay = (float) Check.nonNegative("weight decay", weightDecay);
        this.sum = newState("sum");
    }

    /** Adagrad with lr 0.01, ε 1e-10, no weight decay. */
    public static Adagrad defaults(Map<String, Tensor> parameters) {
        return new Adagrad(parameters, DEFAULT_LEARNING_RATE, DEFAULT_EPSILON, 0);
    }

    @Override
    protected void update(int p, int t, float[] w, float[] g, int from, int to) {
        float lr = (float) learningRate();
        float eps = epsilon;
        float lambda = weightDecay;
        float[] s = sum[p];
        for (int i = from; i < to; i++) {
            // g ← g + λw;  s ← s + g²;  w ← w − lr·g/(√s + ε)
            float gi = g[i] + lambda * w[i];
            s[i] += gi * gi;
            w[i] -= lr * gi / ((float) Math.sqrt(s[i]) + eps);
        }
    }
}
