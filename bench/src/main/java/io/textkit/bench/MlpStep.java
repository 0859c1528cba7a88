package io.textkit.bench;

import io.textkit.core.nn.Losses;
import io.textkit.core.tensor.Activations;
import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.MatMul;
import io.textkit.core.tensor.Tensor;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * One SGD training step of a two-layer MLP, logits = tanh(x·W1 + b1)·W2 + b2 with softmax
 * cross-entropy, written twice: through textkit's autodiff, and by hand over preallocated matrices
 * with the same {@link MatMul} products. The difference between the two is what the autodiff costs
 * (graph recording, allocation, closures); the products themselves are the same calls.
 */
public final class MlpStep {
    final int batch;
    final FMatrixRMaj x;
    final int[] labels;
    final Tensor w1;
    final Tensor b1;
    final Tensor w2;
    final Tensor b2;
    final float learningRate = 0.01f;

    // Scratch of the hand-written step, allocated once.
    private final FMatrixRMaj h;
    private final FMatrixRMaj logits;
    private final FMatrixRMaj dLogits;
    private final FMatrixRMaj dH;
    private final FMatrixRMaj dW1;
    private final FMatrixRMaj dW2;
    private final float[] dB1;
    private final float[] dB2;

    public MlpStep(int batch, int in, int hidden, int classes, long seed) {
        Random random = new Random(seed);
        this.batch = batch;
        x = new FMatrixRMaj(batch, in);
        for (int k = 0; k < x.data.length; k++) {
            x.data[k] = (float) random.nextGaussian();
        }
        labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = random.nextInt(classes);
        }
        w1 = Tensor.uniform(in, hidden, (float) Math.sqrt(6.0 / (in + hidden)), random);
        b1 = Tensor.parameter(new FMatrixRMaj(1, hidden));
        w2 = Tensor.uniform(hidden, classes, (float) Math.sqrt(6.0 / (hidden + classes)), random);
        b2 = Tensor.parameter(new FMatrixRMaj(1, classes));
        h = new FMatrixRMaj(batch, hidden);
        logits = new FMatrixRMaj(batch, classes);
        dLogits = new FMatrixRMaj(batch, classes);
        dH = new FMatrixRMaj(batch, hidden);
        dW1 = new FMatrixRMaj(in, hidden);
        dW2 = new FMatrixRMaj(hidden, classes);
        dB1 = new float[hidden];
        dB2 = new float[classes];
    }

    /** One step through the autodiff graph; returns the loss before the update. */
    public float autodiff() {
        Tensor input = Tensor.constant(x);
        Tensor hidden = Activations.tanh(Arithmetic.add(Arithmetic.matmul(input, w1), b1));
        Tensor out = Arithmetic.add(Arithmetic.matmul(hidden, w2), b2);
        Tensor loss = Losses.crossEntropy(out, labels);
        loss.backward();
        sgd(w1.data(), w1.grad().data);
        sgd(b1.data(), b1.grad().data);
        sgd(w2.data(), w2.grad().data);
        sgd(b2.data(), b2.grad().data);
        w1.zeroGrad();
        b1.zeroGrad();
        w2.zeroGrad();
        b2.zeroGrad();
        return loss.item();
    }

    /** The same step written by hand; returns the loss before the update. */
    public float handWritten() {
        int hidden = h.numCols;
        int classes = logits.numCols;
        // Forward: h = tanh(x·W1 + b1); logits = h·W2 + b2.
        MatMul.mult(x, w1.value(), h);
        for (int k = 0; k < h.data.length; k++) {
            h.data[k] = (float) Math.tanh(h.data[k] + b1.data()[k % hidden]);
        }
        MatMul.mult(h, w2.value(), logits);
        // Loss and ∂logits = (softmax − onehot) / batch.
        double loss = 0;
        for (int i = 0; i < batch; i++) {
            int base = i * classes;
            for (int j = 0; j < classes; j++) {
                logits.data[base + j] += b2.data()[j];
            }
            float lse = Activations.logSumExp(logits.data, base, classes);
            loss += lse - logits.data[base + labels[i]];
            for (int j = 0; j < classes; j++) {
                float p = (float) Math.exp(logits.data[base + j] - lse);
                dLogits.data[base + j] = (p - (j == labels[i] ? 1f : 0f)) / batch;
            }
        }
        // Backward: ∂W2 = hᵀ·∂logits, ∂b2 = Σ rows, ∂h = ∂logits·W2ᵀ ⊙ (1 − h²), ∂W1 = xᵀ·∂h, ∂b1 = Σ rows.
        dW2.zero();
        MatMul.multAddTransA(h, dLogits, dW2);
        columnSums(dLogits, dB2);
        MatMul.multTransB(dLogits, w2.value(), dH);
        for (int k = 0; k < dH.data.length; k++) {
            dH.data[k] *= 1f - h.data[k] * h.data[k];
        }
        dW1.zero();
        MatMul.multAddTransA(x, dH, dW1);
        columnSums(dH, dB1);
        sgd(w1.data(), dW1.data);
        sgd(b1.data(), dB1);
        sgd(w2.data(), dW2.data);
        sgd(b2.data(), dB2);
        return (float) (loss / batch);
    }

    private static void columnSums(FMatrixRMaj m, float[] out) {
        java.util.Arrays.fill(out, 0f);
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                out[j] += m.data[i * m.numCols + j];
            }
        }
    }

    private void sgd(float[] w, float[] g) {
        for (int k = 0; k < w.length; k++) {
            w[k] -= learningRate * g[k];
        }
    }
}
