package io.textkit.classify;

import io.textkit.core.tensor.RowKernels;
import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * A fastText model's input matrix A ((words + buckets) × dim). Training starts every row at
 * U(−1/dim, 1/dim) from the seed ({@link #initialValue}) and moves only the rows of features it sees,
 * so with word n-grams most bucket rows keep their initial values (Yelp's 1,000 sentences touch
 * about 12,000 of 200,000). This class holds either every row (dense, as training leaves it and
 * as files written before the sparse layout hold it) or only the rows that differ from their
 * initial value, sorted by row number, regenerating the others from the seed when a text uses them:
 * the same floats either way, so predictions are bit-identical, and a model file and the heap of a
 * loaded model hold only what training changed.
 */
final class InputRows {
    /** Row numbers are stored as floats in the model file, exact below 2^24. */
    static final int MAX_SPARSE_ROWS = 1 << 24;

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final int rows;
    private final int dim;
    private final long seed;
    /** The stored rows' numbers, ascending; {@code null} when every row is stored in order. */
    private final int[] stored;
    /** The stored rows, row-major. */
    private final float[] values;

    private InputRows(int rows, int dim, long seed, int[] stored, float[] values) {
        this.rows = rows;
        this.dim = dim;
        this.seed = seed;
        this.stored = stored;
        this.values = values;
    }

    /** Every row of {@code matrix}, which is used, not copied. */
    static InputRows dense(FMatrixRMaj matrix, long seed) {
        return new InputRows(matrix.numRows, matrix.numCols, seed, null, matrix.data);
    }

    /**
     * The rows numbered {@code rowNumbers} (a column or row of ascending whole numbers) with the values
     * {@code values} (one row each); every other row of the {@code rows} keeps its initial value.
     *
     * @throws IllegalArgumentException if the shapes do not fit or the row numbers are not ascending whole numbers below {@code rows}
     */
    static InputRows sparse(int rows, long seed, FMatrixRMaj rowNumbers, FMatrixRMaj values) {
        int n = rowNumbers.getNumElements();
        if (values.numRows != n) {
            throw new IllegalArgumentException("inputRows names " + n + " rows but inputValues holds " + values.numRows);
        }
        int[] stored = new int[n];
        for (int i = 0; i < n; i++) {
            float f = rowNumbers.data[i];
            int row = (int) f;
            if (row != f || row < 0 || row >= rows || (i > 0 && row <= stored[i - 1])) {
                throw new IllegalArgumentException("inputRows holds " + f + " at position " + i
                        + "; expected ascending row numbers below " + rows);
            }
            stored[i] = row;
        }
        return new InputRows(rows, values.numCols, seed, stored, values.data);
    }

    /** Fills {@code data} with the initial values of consecutive rows from row 0. */
    static void fillInitial(long seed, float[] data, int dim) {
        for (int i = 0; i < data.length; i++) {
            data[i] = initialValue(seed, i, dim);
        }
    }

    /**
     * Element {@code index} (row-major) of the initial input matrix: (2u − 1)/dim, u being the
     * {@code index}-th {@code nextFloat()} of {@code new SplittableRandom(seed)}, which the trainer
     * used before and whose stream this computes directly, so any row can be regenerated on its own:
     * the generator's state after k steps is seed + k·γ, mixed by the high half of Stafford's variant 4 (its mix32).
     */
    static float initialValue(long seed, long index, int dim) {
        long z = seed + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        int bits = (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
        float u = (bits >>> 8) * 0x1.0p-24f;
        return (2 * u - 1) / dim;
    }

    int rows() {
        return rows;
    }

    int dim() {
        return dim;
    }

    /** Writes h, the average of the feature rows (zero when there are none), into {@code hidden}. */
    void average(int[] features, float[] hidden) {
        if (stored == null) {
            FastTextStep.average(values, features, hidden, dim);
            return;
        }
        Arrays.fill(hidden, 0f);
        for (int f : features) {
            int at = Arrays.binarySearch(stored, f);
            if (at >= 0) {
                RowKernels.axpy(1f, values, at * dim, hidden, 0, dim);
            } else {
                long base = (long) f * dim;
                for (int i = 0; i < dim; i++) {
                    hidden[i] += initialValue(seed, base + i, dim);
                }
            }
        }
        if (features.length > 0) {
            float scale = 1f / features.length;
            for (int i = 0; i < dim; i++) {
                hidden[i] *= scale;
            }
        }
    }

    /** Whether the file layout with row numbers can hold this matrix. */
    boolean fitsSparseLayout() {
        return rows < MAX_SPARSE_ROWS;
    }

    /** The rows that differ from their initial value: their numbers (ascending, a column) and their values. */
    record Changed(FMatrixRMaj rowNumbers, FMatrixRMaj values) {}

    /** The rows that differ from their initial value, what a model file must hold. */
    Changed changed() {
        int[] changed = changedRows();
        FMatrixRMaj numbers = new FMatrixRMaj(changed.length, 1);
        FMatrixRMaj out = new FMatrixRMaj(changed.length, dim);
        for (int i = 0; i < changed.length; i++) {
            numbers.data[i] = changed[i];
            int from = stored == null ? changed[i] : i;
            System.arraycopy(values, from * dim, out.data, i * dim, dim);
        }
        return new Changed(numbers, out);
    }

    /** Every row, the unchanged ones regenerated: what training left (the dense file layout, and tests). */
    float[] toDense() {
        if (stored == null) {
            return values;
        }
        float[] dense = new float[rows * dim];
        fillInitial(seed, dense, dim);
        for (int i = 0; i < stored.length; i++) {
            System.arraycopy(values, i * dim, dense, stored[i] * dim, dim);
        }
        return dense;
    }

    private int[] changedRows() {
        if (stored != null) {
            return stored;
        }
        int[] changed = new int[rows];
        int n = 0;
        for (int row = 0; row < rows; row++) {
            long base = (long) row * dim;
            for (int i = 0; i < dim; i++) {
                if (Float.floatToRawIntBits(values[(int) base + i])
                        != Float.floatToRawIntBits(initialValue(seed, base + i, dim))) {
                    changed[n++] = row;
                    break;
                }
            }
        }
        return Arrays.copyOf(changed, n);
    }
}
