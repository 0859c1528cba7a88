package io.textkit.core.nn;

import io.textkit.core.tensor.Arithmetic;
import io.textkit.core.tensor.Normalization;
import io.textkit.core.tensor.Tensor;
import org.ejml.data.FMatrixRMaj;

/**
 * Batch normalisation (Ioffe &amp; Szegedy 2015) of each feature over the rows of a batch:
 * y = γ ⊙ (x − μ)/√(σ² + ε) + β, with γ (starts at 1) and β (starts at 0) of shape {@code 1 × features}.
 *
 * <p>In training mode μ and σ² are the batch's mean and biased variance, and the running estimates
 * used in evaluation move towards them: running = (1 − momentum)·running + momentum·batch, where the
 * variance enters unbiased, σ²·n/(n − 1), as in PyTorch. In evaluation mode μ and σ² are the running
 * estimates, so the output of a row does not depend on the rest of the batch. The estimates are
 * buffers ({@code runningMean} starting at 0, {@code runningVar} at 1), saved with the model.
 *
 * <p>Every row counts as an example, so padding rows of a sequence batch would enter the statistics.
 */
public final class BatchNorm extends Layer {
    private final float eps;
    private final float momentum;
    private final Tensor gamma;
    private final Tensor beta;
    private final FMatrixRMaj runningMean;
    private final FMatrixRMaj runningVar;

    /** Normalises {@code features} columns; {@code momentum} (e.g. 0.1) is the weight of each new batch. */
    public BatchNorm(int features, float eps, float momentum) {
        if (features < 1 || !(eps > 0) || !(momentum > 0 && momentum <= 1)) {
            throw new IllegalArgumentException("BatchNorm needs features ≥ 1, eps > 0 and momentum in (0, 1], got "
                    + features + ", " + eps + ", " + momentum);
        }
        this.eps = eps;
        this.momentum = momentum;
        this.gamma = registerParameter("gamma", Init.constant(1, features, 1f));
        this.beta = registerParameter("beta", Init.zeros(1, features));
        this.runningMean = registerBuffer("runningMean", new FMatrixRMaj(1, features));
        FMatrixRMaj var = new FMatrixRMaj(1, features);
        var.fill(1f);
        this.runningVar = registerBuffer("runningVar", var);
    }

    /**
     * x is {@code rows × features}; returns the same shape. In training mode it needs at least two
     * rows (one row has no variance) and updates the running estimates.
     */
    @Override
    public Tensor forward(Tensor x) {
        int features = gamma.cols();
        if (x.cols() != features) {
            throw new IllegalArgumentException("BatchNorm expects " + features + " features, got " + x.shape());
        }
        return isTraining() ? forwardTraining(x) : forwardEval(x);
    }

    private Tensor forwardTraining(Tensor x) {
        int n = x.rows();
        if (n < 2) {
            throw new IllegalArgumentException("BatchNorm in training mode needs at least 2 rows to estimate a variance, got "
                    + x.shape() + "; switch to evaluation mode with train(false) for single rows");
        }
        float[] mean = new float[x.cols()];
        float[] var = new float[x.cols()];
        Tensor y = Normalization.batchNorm(x, gamma, beta, eps, mean, var);
        float unbias = (float) n / (n - 1);
        for (int j = 0; j < mean.length; j++) {
            runningMean.data[j] = (1 - momentum) * runningMean.data[j] + momentum * mean[j];
            runningVar.data[j] = (1 - momentum) * runningVar.data[j] + momentum * var[j] * unbias;
        }
        return y;
    }

    private Tensor forwardEval(Tensor x) {
        FMatrixRMaj invStd = new FMatrixRMaj(1, runningVar.numCols);
        for (int j = 0; j < invStd.data.length; j++) {
            invStd.data[j] = (float) (1 / Math.sqrt(runningVar.data[j] + eps));
        }
        Tensor centred = Arithmetic.sub(x, Tensor.constant(runningMean));
        Tensor normalised = Arithmetic.mul(centred, Tensor.constant(invStd));
        return Arithmetic.add(Arithmetic.mul(normalised, gamma), beta);
    }

    /** The running mean, {@code 1 × features} (the live buffer). */
    public FMatrixRMaj runningMean() {
        return runningMean;
    }

    /** The running (unbiased) variance, {@code 1 × features} (the live buffer). */
    public FMatrixRMaj runningVar() {
        return runningVar;
    }

    /** γ, {@code 1 × features} (the live parameter). */
    public Tensor gamma() {
        return gamma;
    }

    /** β, {@code 1 × features} (the live parameter). */
    public Tensor beta() {
        return beta;
    }
}
