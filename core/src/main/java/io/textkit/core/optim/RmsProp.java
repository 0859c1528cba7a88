package io.textkit.core.optim;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Tensor;
import java.util.Map;

/**
 * RMSProp (Hinton's lecture 6e): divide the gradient by a running root-mean-square of recent
 * gradients. {@code v ← α·v + (1 − α)·g²;  w ← w − lr·g/(√v + ε)}, v₀ = 0, after adding optional
 * L2 weight decay λw to g. PyTorch's {@code RMSprop} (ε outside the root; TensorFlow puts it inside)
 * without its centred and momentum variants, with its defaults lr 0.01, α 0.99, ε 1e-8. State: v.
 */
public final class RmsProp extends Optimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_ALPHA = 0.99;
    public static final double DEFAULT_EPSILON = 1e-8;

    private final float alpha;
    private final float oneMinusAlpha;
    private final float epsilon;
    private final float weightDecay;
    private final float[][] squareAverage;

    public RmsProp(Map<String, Tensor> parameters, double learningRate, double alpha, double epsilon,
            double weightDecay) {
        super(parameters, learningRate);
        this.alpha = (float) Check.fraction("alpha", alpha);
        this.oneMinusAlpha = (float) (1 - alpha);
        this.epsilon = (float) Check.positive("epsilon", epsilon);
        this.weightDecay = (float) Check.nonNegative("weight decay", weightDecay);
        this.squareAverage = newState("squareAverage");
    }

    /** RMSProp with lr 0.01, α 0.99, ε 1e-8, no weight decay. */
    public static RmsProp defaults(Map<String, Tensor> parameters) {
        return new RmsProp(parameters, DEFAULT_LEARNING_RATE, DEFAULT_ALPHA, DEFAULT_EPSILON, 0);
    }

    @Override
    protected void update(int p, int t, float[] w, float[] g, int from, int to) {
        float lr = (float) learningRate();
        float a = alpha;
        float oneMinusA = oneMinusAlpha;
        float eps = epsilon;
        float lambda = weightDecay;
        float[] v = squareAverage[p];
        for (int i = from; i < to; i++) {
            // g ← g + λw;  v ← αv + (1 − α)g²;  w ← w − lr·g/(√v + ε)
            float gi = g[i] + lambda * w[i];
            v[i] = a * v[i] + oneMinusA * gi * gi;
            w[i] -= lr * gi / ((float) Math.sqrt(v[i]) + eps);
        }
    }
}
