package io.textkit.core.nn;

import io.textkit.core.tensor.Shapes;
import io.textkit.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * A lookup table of {@code vocab × dim} vectors: row k of the output is the vector of {@code ids[k]}.
 * The gradient is sparse ({@link Shapes#gatherRows}), so an optimizer updates only the looked-up rows.
 *
 * <p>An optional padding id looks up a zero vector and never receives gradient, so padded positions
 * of a batch contribute nothing; negative ids behave the same way. The table starts N(0, 1), whose
 * unit-variance rows are what the Glorot-initialised layers above expect as input.
 */
public final class Embedding extends Module {
    /** No id is padding. */
    public static final int NO_PADDING = -1;

    private final Tensor weight;
    private final int paddingId;
    private boolean frozen;

    /** A table of {@code vocab} vectors of size {@code dim}, with no padding id. */
    public Embedding(int vocab, int dim, Random random) {
        this(vocab, dim, NO_PADDING, random);
    }

    /**
     * A table whose row {@code paddingId} is zero and stays out of training; {@link #NO_PADDING} for
     * none.
     */
    public Embedding(int vocab, int dim, int paddingId, Random random) {
        if (vocab < 1 || dim < 1) {
            throw new IllegalArgumentException("Embedding needs a vocabulary and a dimension of at least 1, got "
                    + vocab + "×" + dim);
        }
        if (paddingId != NO_PADDING && (paddingId < 0 || paddingId >= vocab)) {
            throw new IllegalArgumentException("padding id " + paddingId + " is outside the vocabulary of " + vocab);
        }
        this.paddingId = paddingId;
        this.weight = registerParameter("weight", Init.normal(vocab, dim, 1f, random));
        zeroPaddingRow();
    }

    /**
     * The vectors of {@code ids} (not modified), {@code ids.length × dim}, in the order given: for a
     * time-major sequence batch, ids in row order {@code t·batch + b}. The padding id and negative ids
     * give zero rows.
     */
    public Tensor forward(int[] ids) {
        int[] lookup = ids;
        if (paddingId != NO_PADDING) {
            lookup = ids.clone();
            for (int k = 0; k < lookup.length; k++) {
                if (lookup[k] == paddingId) {
                    lookup[k] = -1;
                }
            }
        }
        // A constant view of the same matrix: the values are shared, but no gradient flows into it.
        Tensor table = frozen ? Tensor.constant(weight.value()) : weight;
        return Shapes.gatherRows(table, lookup);
    }

    /**
     * Copies pretrained vectors, {@code vocab × dim}, into the table (read, not kept). The padding row
     * is zeroed again whatever the source holds there.
     */
    public void loadVectors(FMatrixRMaj vectors) {
        FMatrixRMaj w = weight.value();
        if (vectors.numRows != w.numRows || vectors.numCols != w.numCols) {
            throw new IllegalArgumentException("pretrained vectors are " + vectors.numRows + "×" + vectors.numCols
                    + " but the embedding is " + weight.shape());
        }
        System.arraycopy(vectors.data, 0, w.data, 0, w.data.length);
        zeroPaddingRow();
    }

    /** Freezes the table (no gradient reaches it, e.g. for fixed pretrained vectors) or unfreezes it. */
    public void freeze(boolean on) {
        frozen = on;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** The padding id, or {@link #NO_PADDING}. */
    public int paddingId() {
        return paddingId;
    }

    /** The table, {@code vocab × dim} (the live parameter). */
    public Tensor weight() {
        return weight;
    }

    private void zeroPaddingRow() {
        if (paddingId != NO_PADDING) {
            int dim = weight.cols();
            Arrays.fill(weight.data(), paddingId * dim, (paddingId + 1) * dim, 0f);
        }
    }
}
