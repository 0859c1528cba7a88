package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The "Add" products add into c's old value; the others ignore it entirely, even NaN. */
class MatMulAccumulatesOrOverwritesTest {
    static Stream<Arguments> kernels() {
        return Stream.of(
                Arguments.of("ejml", EjmlMatMul.INSTANCE),
                Arguments.of("vector", VectorMatMul.create(2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void addVariantsAddTheProductToC(String name, MatMulKernel kernel) {
        Random rng = new Random(7);
        for (MatMulOp op : MatMulOp.values()) {
            for (int[] s : new int[][] {{1, 1, 1}, {9, 17, 33}, {64, 300, 256}}) {
                int m = s[0], k = s[1], n = s[2];
                FMatrixRMaj a = op.a(m, k, rng);
                FMatrixRMaj b = op.b(k, n, rng);
                FMatrixRMaj c0 = new FMatrixRMaj(m, n);
                Arrays.fill(c0.data, 1000f);
                FMatrixRMaj c = c0.copy();
                op.via(kernel, a, b, c);
                // Against the reference that starts from c0 if op.add, from zero otherwise: a variant
                // that ignored (or wrongly used) the 1000s would miss by ~1000.
                op.assertClose(a, b, c0, c, name);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void overwritingVariantsIgnoreNaNInC(String name, MatMulKernel kernel) {
        Random rng = new Random(8);
        for (MatMulOp op : MatMulOp.values()) {
            if (op.add) {
                continue;
            }
            FMatrixRMaj a = op.a(19, 300, rng);
            FMatrixRMaj b = op.b(300, 45, rng);
            FMatrixRMaj c = new FMatrixRMaj(19, 45);
            Arrays.fill(c.data, Float.NaN);
            op.via(kernel, a, b, c);
            op.assertClose(a, b, c, c, name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void emptySharedDimensionGivesZeroOrLeavesC(String name, MatMulKernel kernel) {
        for (MatMulOp op : MatMulOp.values()) {
            FMatrixRMaj a = op.transA ? new FMatrixRMaj(0, 3) : new FMatrixRMaj(3, 0);
            FMatrixRMaj b = op.transB ? new FMatrixRMaj(4, 0) : new FMatrixRMaj(0, 4);
            FMatrixRMaj c = new FMatrixRMaj(3, 4);
            Arrays.fill(c.data, 2f);
            op.via(kernel, a, b, c);
            float[] expected = new float[12];
            Arrays.fill(expected, op.add ? 2f : 0f);
            assertArrayEquals(expected, c.data, name + " " + op);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void exactOnSmallIntegers(String name, MatMulKernel kernel) {
        FMatrixRMaj a = new FMatrixRMaj(2, 3, true, 1, 2, 3, 4, 5, 6);
        FMatrixRMaj b = new FMatrixRMaj(3, 2, true, 7, 8, 9, 10, 11, 12);
        FMatrixRMaj c = new FMatrixRMaj(2, 2, true, 1, 1, 1, 1);
        MatMulOp.MULT_ADD.via(kernel, a, b, c);
        assertArrayEquals(new float[] {59, 65, 140, 155}, c.data, name);
        MatMulOp.MULT.via(kernel, a, b, c);
        assertEquals(58f, c.get(0, 0), name);
    }
}
