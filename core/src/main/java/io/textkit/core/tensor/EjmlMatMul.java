package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/** The fallback used when the Vector API module is absent: EJML's {@link CommonOps_FDRM}. */
final class EjmlMatMul implements MatMulKernel {
    static final EjmlMatMul INSTANCE = new EjmlMatMul();

    private EjmlMatMul() {}

    @Override
    public void multiply(FMatrixRMaj a, boolean transA, FMatrixRMaj b, boolean transB, FMatrixRMaj c, boolean add) {
        if (transA && transB) {
            if (add) {
                CommonOps_FDRM.multAddTransAB(a, b, c);
            } else {
                CommonOps_FDRM.multTransAB(a, b, c);
            }
        } else if (transA) {
            if (add) {
                CommonOps_FDRM.multAddTransA(a, b, c);
            } else {
                CommonOps_FDRM.multTransA(a, b, c);
            }
        } else if (transB) {
            if (add) {
                CommonOps_FDRM.multAddTransB(a, b, c);
            } else {
                CommonOps_FDRM.multTransB(a, b, c);
            }
        } else if (add) {
            CommonOps_FDRM.multAdd(a, b, c);
        } else {
            CommonOps_FDRM.mult(a, b, c);
        }
    }
}
