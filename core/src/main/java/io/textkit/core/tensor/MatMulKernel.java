package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/** An implementation of c = op(a)·op(b) or c += op(a)·op(b) behind {@link MatMul}. */
interface MatMulKernel {
    /**
     * c = op(a)·op(b), or c += op(a)·op(b) when {@code add}, where op(x) is xᵀ when its flag is set.
     * Reads a and b; modifies c. Shapes are already checked and c aliases neither input.
     */
    void multiply(FMatrixRMaj a, boolean transA, FMatrixRMaj b, boolean transB, FMatrixRMaj c, boolean add);
}
