package io.textkit.core.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every product, through every kernel (EJML, Vector API on one thread, Vector API on three), equals
 * a double-precision triple loop to within float rounding, on shapes chosen to hit each edge of the
 * blocking: 1×1, sizes around the vector length and the 8-row block, sizes crossing the k, row and
 * column blocks, and the model shapes.
 */
class MatMulMatchesReferenceTest {
    private static final int[] SMALL = {1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 23, 31, 32, 33, 37};
    private static final int[][] LARGE = {
            {64, 300, 256},   // a batch through a 300→256 layer
            {300, 64, 256},   // its weight gradient: k is the batch
            {256, 256, 256},
            {32, 128, 512},
            {129, 257, 513},  // one past the row block, the k block and a whole number of strips
            {9, 1000, 600},   // k so large that b is packed in column blocks
    };

    static Stream<Arguments> kernels() {
        return Stream.of(
                Arguments.of("ejml", EjmlMatMul.INSTANCE),
                Arguments.of("vector, 1 thread", VectorMatMul.create(1)),
                Arguments.of("vector, 3 threads", VectorMatMul.create(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void smallAndOddShapes(String name, MatMulKernel kernel) {
        Random rng = new Random(11);
        for (MatMulOp op : MatMulOp.values()) {
            for (int m : SMALL) {
                for (int n : SMALL) {
                    for (int k : SMALL) {
                        check(op, kernel, name, m, n, k, rng);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void randomShapesAndSeeds(String name, MatMulKernel kernel) {
        for (long seed = 0; seed < 200; seed++) {
            Random rng = new Random(seed);
            MatMulOp op = MatMulOp.values()[rng.nextInt(MatMulOp.values().length)];
            check(op, kernel, name + " seed " + seed, 1 + rng.nextInt(80), 1 + rng.nextInt(80),
                    1 + rng.nextInt(80), rng);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void modelShapesAndBlockEdges(String name, MatMulKernel kernel) {
        Random rng = new Random(5);
        for (MatMulOp op : MatMulOp.values()) {
            for (int[] s : LARGE) {
                check(op, kernel, name, s[0], s[2], s[1], rng);
            }
        }
    }

    @Test
    void publicEntryPointMatchesToo() {
        Random rng = new Random(3);
        List<int[]> shapes = new ArrayList<>(List.of(LARGE));
        shapes.add(new int[] {1, 1, 1});
        shapes.add(new int[] {37, 5, 19});
        for (MatMulOp op : MatMulOp.values()) {
            for (int[] s : shapes) {
                int m = s[0], k = s[1], n = s[2];
                FMatrixRMaj a = op.a(m, k, rng);
                FMatrixRMaj b = op.b(k, n, rng);
                FMatrixRMaj c0 = MatMulOp.random(m, n, rng);
                FMatrixRMaj c = c0.copy();
                op.viaMatMul(a, b, c);
                op.assertClose(a, b, c0, c, "MatMul (" + MatMul.implementation() + ")");
            }
        }
    }

    private static void check(MatMulOp op, MatMulKernel kernel, String name, int m, int n, int k, Random rng) {
        FMatrixRMaj a = op.a(m, k, rng);
        FMatrixRMaj b = op.b(k, n, rng);
        FMatrixRMaj c0 = MatMulOp.random(m, n, rng);
        FMatrixRMaj c = c0.copy();
        op.via(kernel, a, b, c);
        op.assertClose(a, b, c0, c, name);
    }
}
