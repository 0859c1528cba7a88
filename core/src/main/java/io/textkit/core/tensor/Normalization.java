package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/**
 * Layer normalisation (over each row's features) and batch normalisation (over each column's
 * examples). Both compute x̂ = (x − μ)/√(σ² + ε) and y = γ ⊙ x̂ + β with γ, β of shape
 * {@code 1 × features}, and share one backward formula:
 * ∂x = (∂x̂ − mean(∂x̂) − x̂ ⊙ mean(∂x̂ ⊙ x̂)) / √(σ² + ε), with ∂x̂ = ∂y ⊙ γ, means taken over the
 * normalised axis.
 */
public final class Normalization {
    private Normalization() {}

    /** LayerNorm (Ba et al. 2016): μ and σ² over the columns of each row. */
    public static Tensor layerNorm(Tensor x, Tensor gamma, Tensor beta, float eps) {
        return normalize("layerNorm", x, gamma, beta, eps, false, null, null);
    }

    /**
     * BatchNorm (Ioffe &amp; Szegedy 2015) in training mode: μ and σ² over the rows of each column.
     * Writes the batch mean and biased variance into {@code batchMean} and {@code batchVar}
     * ({@code float[cols]}) so that the layer can keep running statistics for evaluation.
     */
    public static Tensor batchNorm(Tensor x, Tensor gamma, Tensor beta, float eps, float[] batchMean, float[] batchVar) {
        return normalize("batchNorm", x, gamma, beta, eps, true, batchMean, batchVar);
    }

    private static Tensor normalize(String op, Tensor x, Tensor gamma, Tensor beta, float eps, boolean overRows,
            float[] meanOut, float[] varOut) {
        int rows = x.rows();
        int cols = x.cols();
        if (gamma.rows() != 1 || gamma.cols() != cols || beta.rows() != 1 || beta.cols() != cols) {
            throw new IllegalArgumentException(op + ": γ " + gamma.shape() + " and β " + beta.shape() + " must be 1×" + cols);
        }
        // A "group" is one row (layer norm) or one column (batch norm); a "member" one element of it.
        int groups = overRows ? cols : rows;
        int members = overRows ? rows : cols;
        int groupStride = overRows ? 1 : cols;
        int memberStride = overRows ? cols : 1;
        float[] in = x.data();
        float[] g = gamma.data();
        float[] bt = beta.data();
        float[] xhat = new float[in.length];
        float[] invStd = new float[groups];
        FMatrixRMaj out = new FMatrixRMaj(rows, cols);
        for (int p = 0; p < groups; p++) {
            double sum = 0;
            for (int q = 0; q < members; q++) {
                sum += in[p * groupStride + q * memberStride];
            }
            double mu = sum / members;
            double sq = 0;
            for (int q = 0; q < members; q++) {
                double d = in[p * groupStride + q * memberStride] - mu;
                sq += d * d;
            }
            double var = sq / members;
            invStd[p] = (float) (1 / Math.sqrt(var + eps));
            if (meanOut != null) {
                meanOut[p] = (float) mu;
                varOut[p] = (float) var;
            }
            for (int q = 0; q < members; q++) {
                int k = p * groupStride + q * memberStride;
                xhat[k] = (float) ((in[k] - mu) * invStd[p]);
                int j = k % cols;
                out.data[k] = g[j] * xhat[k] + bt[j];
            }
        }
        return Tensor.result(op, out, x, gamma, beta).withBackward(o -> {
            float[] dy = o.grad().data;
            if (gamma.requiresGrad() || beta.requiresGrad()) {
                float[] dg = gamma.requiresGrad() ? gamma.gradForAccumulation().data : null;
                float[] db = beta.requiresGrad() ? beta.gradForAccumulation().data : null;
                for (int k = 0; k < dy.length; k++) {
                    int j = k % cols;
                    if (dg != null) {
                        dg[j] += dy[k] * xhat[k];
                    }
                    if (db != null) {
                        db[j] += dy[k];
                    }
                }
            }
            if (x.requiresGrad()) {
                float[] dx = x.gradForAccumulation().data;
                for (int p = 0; p < groups; p++) {
                    double meanDxhat = 0;
                    double meanDxhatXhat = 0;
                    for (int q = 0; q < members; q++) {
                        int k = p * groupStride + q * memberStride;
                        float dxhat = dy[k] * g[k % cols];
                        meanDxhat += dxhat;
                        meanDxhatXhat += dxhat * xhat[k];
                    }
                    meanDxhat /= members;
                    meanDxhatXhat /= members;
                    for (int q = 0; q < members; q++) {
                        int k = p * groupStride + q * memberStride;
                        float dxhat = dy[k] * g[k % cols];
                        dx[k] += (float) ((dxhat - meanDxhat - xhat[k] * meanDxhatXhat) * invStd[p]);
                    }
                }
            }
        });
    }
}
