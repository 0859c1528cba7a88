package io.textkit.core.tensor;

import org.ejml.data.FMatrixRMaj;

/** Run in a fresh JVM by {@link MatMulPicksImplementationTest}: prints the implementation and one product. */
final class MatMulProbe {
    private MatMulProbe() {}

    public static void main(String[] args) {
        FMatrixRMaj a = new FMatrixRMaj(2, 3, true, 1, 2, 3, 4, 5, 6);
        FMatrixRMaj b = new FMatrixRMaj(3, 2, true, 7, 8, 9, 10, 11, 12);
        FMatrixRMaj c = new FMatrixRMaj(2, 2);
        MatMul.mult(a, b, c);
        System.out.println(MatMul.implementation() + " " + c.get(0, 0) + " " + c.get(1, 1));
    }
}
