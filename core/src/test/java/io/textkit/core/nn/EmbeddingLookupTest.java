package io.textkit.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textkit.core.tensor.Reductions;
import io.textkit.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Lookups copy rows, padding is a zero row without gradient, gradients are sparse, freezing stops them. */
class EmbeddingLookupTest {
    private static final int PAD = 0;

    private static float[] row(FMatrixRMaj m, int i) {
        return Arrays.copyOfRange(m.data, i * m.numCols, (i + 1) * m.numCols);
    }

    @Test
    void rowKIsTheVectorOfIdK() {
        Embedding embedding = new Embedding(5, 3, new Random(1));
        Tensor out = embedding.forward(new int[] {3, 1, 3});
        FMatrixRMaj w = embedding.weight().value();
        assertEquals("3×3", out.shape());
        assertArrayEquals(row(w, 3), row(out.value(), 0));
        assertArrayEquals(row(w, 1), row(out.value(), 1));
        assertArrayEquals(row(w, 3), row(out.value(), 2));
    }

    @Test
    void paddingRowIsZeroLooksUpZerosAndGetsNoGradient() {
        Embedding embedding = new Embedding(6, 3, PAD, new Random(1));
        assertArrayEquals(new float[3], row(embedding.weight().value(), PAD));
        int[] ids = {2, PAD, 5, PAD, 2};
        Tensor out = embedding.forward(ids);
        assertArrayEquals(new float[3], row(out.value(), 1));
        assertArrayEquals(new float[3], row(out.value(), 3));
        TestValues.weightedSum(out, 4).backward();
        assertArrayEquals(new float[3], row(embedding.weight().grad(), PAD));
        assertArrayEquals(new int[] {2, 5}, embedding.weight().gradRows());
        assertArrayEquals(new int[] {2, PAD, 5, PAD, 2}, ids, "the caller's ids are not modified");
    }

    @Test
    void sparseGradientTouchesOnlyTheLookedUpRows() {
        Embedding embedding = new Embedding(8, 2, new Random(1));
        Reductions.sum(embedding.forward(new int[] {6, 1, 6})).backward();
        Tensor w = embedding.weight();
        assertTrue(w.isGradSparse());
        assertArrayEquals(new int[] {1, 6}, w.gradRows());
        for (int i = 0; i < 8; i++) {
            float expected = i == 6 ? 2 : i == 1 ? 1 : 0;
            assertArrayEquals(new float[] {expected, expected}, row(w.grad(), i), "row " + i);
        }
    }

    @Test
    void frozenTableGetsNoGradientAndUnfreezingRestoresIt() {
        Embedding embedding = new Embedding(5, 3, new Random(1));
        Linear above = new Linear(3, 2, true, new Random(2));
        int[] ids = {0, 4};
        embedding.freeze(true);
        Tensor frozenOut = embedding.forward(ids);
        assertFalse(frozenOut.requiresGrad());
        Reductions.sum(above.forward(frozenOut)).backward();
        assertFalse(embedding.weight().hasGrad());
        assertTrue(above.weight().hasGrad());
        assertArrayEquals(row(embedding.weight().value(), 4), row(frozenOut.value(), 1), "same values when frozen");

        embedding.freeze(false);
        Reductions.sum(above.forward(embedding.forward(ids))).backward();
        assertArrayEquals(new int[] {0, 4}, embedding.weight().gradRows());
    }

    @Test
    void pretrainedVectorsAreCopiedInExceptThePaddingRow() {
        Embedding embedding = new Embedding(3, 2, PAD, new Random(1));
        FMatrixRMaj vectors = new FMatrixRMaj(new float[][] {{9, 9}, {1, 2}, {3, 4}});
        embedding.loadVectors(vectors);
        assertArrayEquals(new float[] {0, 0, 1, 2, 3, 4}, embedding.weight().data());
        vectors.data[2] = 100;
        assertEquals(1, embedding.weight().data()[2], "copied, not kept");
    }

    @Test
    void wrongShapesAndIdsAreNamed() {
        Embedding embedding = new Embedding(3, 2, new Random(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> embedding.loadVectors(new FMatrixRMaj(4, 2)));
        assertEquals("pretrained vectors are 4×2 but the embedding is 3×2", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> embedding.forward(new int[] {3}));
        assertThrows(IllegalArgumentException.class, () -> new Embedding(3, 2, 3, new Random(1)));
    }
}
