package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/** The six public products, with the operand shapes each needs and a double-precision reference. */
enum MatMulOp {
    MULT(false, false, false),
    MULT_ADD(false, false, true),
    MULT_TRANS_A(true, false, false),
    MULT_ADD_TRANS_A(true, false, true),
    MULT_TRANS_B(false, true, false),
    MULT_ADD_TRANS_B(false, true, true);

    final boolean transA;
    final boolean transB;
    final boolean add;

    MatMulOp(boolean transA, boolean transB, boolean add) {
        this.transA = transA;
        this.transB = transB;
        this.add = add;
    }

    /** Runs this product through the public {@link MatMul} entry point. */
    void viaMatMul(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        switch (this) {
            case MULT -> MatMul.mult(a, b, c);
            case MULT_ADD -> MatMul.multAdd(a, b, c);
            case MULT_TRANS_A -> MatMul.multTransA(a, b, c);
            case MULT_ADD_TRANS_A -> MatMul.multAddTransA(a, b, c);
            case MULT_TRANS_B -> MatMul.multTransB(a, b, c);
            case MULT_ADD_TRANS_B -> MatMul.multAddTransB(a, b, c);
        }
    }

    /** Runs this product through one kernel directly. */
    void via(MatMulKernel kernel, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        kernel.multiply(a, transA, b, transB, c, add);
    }

    /** a with the shape this op needs for c (m×n) = op(a)·op(b) with shared dimension k, filled from rng. */
    FMatrixRMaj a(int m, int k, Random rng) {
        return transA ? random(k, m, rng) : random(m, k, rng);
    }

    FMatrixRMaj b(int k, int n, Random rng) {
        return transB ? random(n, k, rng) : random(k, n, rng);
    }

    /**
     * Checks c against this product computed in double from a, b and c's value before the call
     * (c0). Each element must be within 2·(k+1)·2⁻²⁴·(|c0| + Σ_p |a_ip|·|b_pj|). Why: a float dot
     * product of k terms plus c0, summed in any order, with or without fused multiply-adds, is off
     * by at most about (k+1)·2⁻²⁴ times that magnitude (Higham's γ bound: one relative rounding of
     * 2⁻²⁴ per product and per addition); the factor 2 is headroom for the bound's second-order
     * term. Scaling by Σ|a||b| rather than |c| keeps the check meaningful when terms cancel. The
     * double reference is exact to ~1e-16, negligible here.
     */
    void assertClose(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c0, FMatrixRMaj c, String what) {
        int m = c.numRows;
        int n = c.numCols;
        int k = transA ? a.numRows : a.numCols;
        double unit = Math.scalb(1.0, -24);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = add ? c0.get(i, j) : 0;
                double magnitude = add ? Math.abs(c0.get(i, j)) : 0;
                for (int p = 0; p < k; p++) {
                    double x = transA ? a.get(p, i) : a.get(i, p);
                    double y = transB ? b.get(j, p) : b.get(p, j);
                    sum += x * y;
                    magnitude += Math.abs(x * y);
                }
                double tolerance = 2 * (k + 1) * unit * magnitude;
                double error = Math.abs(c.get(i, j) - sum);
                if (!(error <= tolerance)) {
                    fail(what + " " + this + " " + m + "×" + n + " k=" + k + ": c[" + i + "][" + j + "] = "
                            + c.get(i, j) + ", expected " + sum + " ± " + tolerance);
                }
            }
        }
    }

    static FMatrixRMaj random(int rows, int cols, Random rng) {
        FMatrixRMaj x = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) rng.nextGaussian();
        }
        return x;
    }
}
