package io.textkit.core.optim;

import io.textkit.core.config.Check;
import io.textkit.core.tensor.Tensor;
import java.util.Map;

/**
 * Plain stochastic gradient descent, {@code w ← w − lr·(g + λw)}, with optional L2 weight decay λ
 * added to the gradient. PyTorch's {@code SGD} with momentum 0. No state.
 */
public final class Sgd extends Optimizer {
    private final float weightDecay;

    public Sgd(Map<String, Tensor> parameters, double learningRate, double weightDecay) {
        super(parameters, learningRate);
        this.weightDecay = (float) Check.nonNegative("weight decay", weightDecay);
    }

    @Override
    protected void update(int p, int t, float[] w, float[] g, int from, int to) {
        float lr = (float) learningRate();
        float lambda = weightDecay;
        for (int i = from; i < to; i++) {
            // g ← g + λw (the gradient of λ/2·‖w‖²);  w ← w − lr·g
            float gi = g[i] + lambda * w[i];
            w[i] -= lr * gi;
        }
    }
}
