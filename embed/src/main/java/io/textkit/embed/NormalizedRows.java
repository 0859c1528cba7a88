package io.textkit.embed;

import org.ejml.data.FMatrixRMaj;

/**
 * The rows of a vector matrix scaled to unit L2 length, computed on first use and then shared, so
 * that a cosine is one dot product and a nearest-neighbour search one matrix–vector product. A row
 * of zeros stays zeros: its cosine with anything is then 0 rather than NaN.
 */
final class NormalizedRows {
    private final FMatrixRMaj vectors;
    private volatile FMatrixRMaj normalized;

    NormalizedRows(FMatrixRMaj vectors) {
        this.vectors = vectors;
    }

    /** The normalised matrix, the same shape as the vectors; computed once, safe to call from any thread. */
    FMatrixRMaj get() {
        FMatrixRMaj result = normalized;
        if (result == null) {
            synchronized (this) {
                result = normalized;
                if (result == null) {
                    result = compute();
                    normalized = result;
                }
            }
        }
        return result;
    }

    private FMatrixRMaj compute() {
        int rows = vectors.numRows;
        int cols = vectors.numCols;
        FMatrixRMaj result = new FMatrixRMaj(rows, cols);
        float[] in = vectors.data;
        float[] out = result.data;
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            double scale = inverseNorm(in, start, cols);
            for (int j = start; j < start + cols; j++) {
                out[j] = (float) (in[j] * scale);
            }
        }
        return result;
    }

    /** 1/‖x‖ for the {@code length} values from {@code start}, or 0 for a zero vector. */
    static double inverseNorm(float[] x, int start, int length) {
        double squares = 0;
        for (int j = start; j < start + length; j++) {
            squares += (double) x[j] * x[j];
        }
        return squares == 0 ? 0 : 1 / Math.sqrt(squares);
    }
}
