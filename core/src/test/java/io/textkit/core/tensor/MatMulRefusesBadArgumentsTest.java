package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Shapes that do not multiply, and outputs that alias an input, are refused with a message that says why. */
class MatMulRefusesBadArgumentsTest {
    @Test
    void innerDimensionMismatchNamesAllShapes() {
        String message = refused(() -> MatMul.mult(new FMatrixRMaj(2, 3), new FMatrixRMaj(4, 5), new FMatrixRMaj(2, 5)));
        assertEquals("c = a·b: shapes do not fit: a is 2×3, b is 4×5, c is 2×5 (inner dimensions 3 and 4 differ)",
                message);
    }

    @Test
    void wrongOutputShapeSaysTheExpectedOne() {
        String message = refused(() -> MatMul.multAddTransA(new FMatrixRMaj(3, 2), new FMatrixRMaj(3, 5),
                new FMatrixRMaj(5, 2)));
        assertEquals("c += aᵀ·b: shapes do not fit: a is 3×2, b is 3×5, c is 5×2 (c must be 2×5)", message);
    }

    @Test
    void everyOperationChecksItsOwnShapes() {
        FMatrixRMaj a = new FMatrixRMaj(2, 3);
        FMatrixRMaj c = new FMatrixRMaj(2, 2);
        // a·b fits with b 3×2; the transposed forms must refuse the same b.
        FMatrixRMaj b = new FMatrixRMaj(3, 2);
        MatMul.mult(a, b, c);
        MatMul.multAdd(a, b, c);
        assertTrue(refused(() -> MatMul.multTransB(a, b, c)).startsWith("c = a·bᵀ"));
        assertTrue(refused(() -> MatMul.multAddTransB(a, b, c)).startsWith("c += a·bᵀ"));
        assertTrue(refused(() -> MatMul.multTransA(a, b, c)).startsWith("c = aᵀ·b"));
        assertTrue(refused(() -> MatMul.multAddTransA(a, b, c)).startsWith("c += aᵀ·b"));
    }

    @Test
    void outputAliasingAnInputIsRefused() {
        FMatrixRMaj square = new FMatrixRMaj(4, 4);
        FMatrixRMaj other = new FMatrixRMaj(4, 4);
        String expected = "c = a·b: c must not be (or share storage with) a or b";
        assertEquals(expected, refused(() -> MatMul.mult(square, other, square)));
        assertEquals(expected, refused(() -> MatMul.mult(other, square, square)));
        FMatrixRMaj view = FMatrixRMaj.wrap(4, 4, other.data);
        assertEquals(expected, refused(() -> MatMul.mult(square, other, view)));
        assertTrue(refused(() -> MatMul.multAddTransB(square, other, other)).startsWith("c += a·bᵀ"));
    }

    private static String refused(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}
