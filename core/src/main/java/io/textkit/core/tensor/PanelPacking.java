package io.textkit.core.tensor;

import static io.textkit.core.tensor.VectorMicroKernel.LANES;
import static io.textkit.core.tensor.VectorMicroKernel.SPECIES;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import org.ejml.data.FMatrixRMaj;

/**
 * Copies panels of the operands of c = op(a)·op(b) into the contiguous, zero-padded layouts the
 * micro-kernel streams through. Packing is where transposition happens, so one kernel serves all
 * four of a·b, aᵀ·b, a·bᵀ and aᵀ·bᵀ; it costs O(m·k + n·k) against the O(m·n·k) multiply.
 * Part of the Vector API kernel: only loaded with {@code jdk.incubator.vector}.
 */
final class PanelPacking {
    private PanelPacking() {}

    /**
     * Packs columns {@code j0 .. j0+nc-1} of op(b) (k×n) as strips of {@code cols} columns: strip s
     * holds, for each p &lt; k, the row op(b)[p][j0 + s·cols ..] at {@code dst[s·k·cols + p·cols ..]},
     * zero-padded to {@code cols}. Reads b (k×n, or n×k when transposed); overwrites dst and the
     * LANES gather offsets in {@code rowOffsets}.
     */
    static void packB(FMatrixRMaj b, boolean transposed, int k, int j0, int nc, int cols, float[] dst,
                      int[] rowOffsets) {
        float[] src = b.data;
        int ld = b.numCols;
        for (int l = 0; l < LANES; l++) {
            rowOffsets[l] = l * ld;
        }
        for (int j = 0, strip = 0; j < nc; j += cols, strip += k * cols) {
            int w = Math.min(cols, nc - j);
            if (transposed) {
                // op(b)[p][j] = b[j][p]: write the strip in order, gathering each vector of it from
                // LANES rows of b (rowOffsets[l] = l·ld); the rows' cache lines stay in L1 across
                // the 16 steps of p that use each. Gathers beat scalar copies here by about 1.6×.
                for (int p = 0, to = strip; p < k; p++, to += cols) {
                    int from = (j0 + j) * ld + p;
                    int jj = 0;
                    for (; jj + LANES <= w; jj += LANES, from += LANES * ld) {
                        FloatVector.fromArray(SPECIES, src, from, rowOffsets, 0).intoArray(dst, to + jj);
                    }
                    for (; jj < w; jj++, from += ld) {
                        dst[to + jj] = src[from];
                    }
                    Arrays.fill(dst, to + w, to + cols, 0f);
                }
            } else {
                for (int p = 0, to = strip; p < k; p++, to += cols) {
                    System.arraycopy(src, p * ld + j0 + j, dst, to, w);
                    Arrays.fill(dst, to + w, to + cols, 0f);
                }
            }
        }
    }

    /**
     * Packs rows {@code i0 .. i0+mc-1}, columns {@code p0 .. p0+kc-1} of op(a) (m×k) as blocks of
     * {@code rows} rows: block q holds, for each p &lt; kc, the column values op(a)[i0 + q·rows + r][p0 + p]
     * at {@code dst[q·kc·rows + p·rows + r]}, zero-padded to {@code rows}. Reads a (m×k, or k×m
     * when transposed); overwrites dst.
     */
    static void packA(FMatrixRMaj a, boolean transposed, int i0, int mc, int p0, int kc, int rows, float[] dst) {
        float[] src = a.data;
        int ld = a.numCols;
        for (int i = 0, block = 0; i < mc; i += rows, block += kc * rows) {
            int h = Math.min(rows, mc - i);
            for (int r = 0; r < h; r++) {
                int row = i0 + i + r;
                if (transposed) {
                    // op(a)[row][p] = a[p][row]
                    for (int p = 0, to = block + r, from = p0 * ld + row; p < kc; p++, to += rows, from += ld) {
                        dst[to] = src[from];
                    }
                } else {
                    for (int p = 0, to = block + r, from = row * ld + p0; p < kc; p++, to += rows) {
                        dst[to] = src[from + p];
                    }
                }
            }
            for (int r = h; r < rows; r++) {
                for (int p = 0, to = block + r; p < kc; p++, to += rows) {
                    dst[to] = 0f;
                }
            }
        }
    }
}
