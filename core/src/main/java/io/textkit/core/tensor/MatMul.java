package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The one matrix-product entry point of textkit: every layer's forward and backward pass multiplies
 * through here. The caller passes the output, which must already have the right shape and must not
 * alias an input.
 */
public final class MatMul {
    private MatMul() {}

    /** c = a·b. Reads a (m×k) and b (k×n); overwrites c (m×n). */
    public static void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        CommonOps_FDRM.mult(a, b, c);
    }

    /** c += a·b. Reads a (m×k) and b (k×n); adds into c (m×n). */
    public static void multAdd(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        CommonOps_FDRM.multAdd(a, b, c);
    }

    /** c += aᵀ·b. Reads a (k×m) and b (k×n); adds into c (m×n). The weight gradient of a linear map. */
    public static void multAddTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        CommonOps_FDRM.multAddTransA(a, b, c);
    }

    /** c = a·bᵀ. Reads a (m×k) and b (n×k); overwrites c (m×n). */
    public static void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        CommonOps_FDRM.multTransB(a, b, c);
    }

    /** c += a·bᵀ. Reads a (m×k) and b (n×k); adds into c (m×n). The input gradient of a linear map. */
    public static void multAddTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        CommonOps_FDRM.multAddTransB(a, b, c);
    }
}
