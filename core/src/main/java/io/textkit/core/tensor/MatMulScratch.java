package io.textkit.core.tensor;

/**
 * Per-thread buffers for {@link VectorMatMul}, grown on demand and then reused, so a training loop
 * that multiplies the same shapes allocates nothing after its first step.
 */
final class MatMulScratch {
    private static final ThreadLocal<MatMulScratch> LOCAL = ThreadLocal.withInitial(MatMulScratch::new);

    private float[] packedA = new float[0];
    private float[] packedB = new float[0];
    private float[] tile = new float[0];
    private final int[] rowOffsets = new int[VectorMicroKernel.LANES];

    private MatMulScratch() {}

    /** The calling thread's buffers. */
    static MatMulScratch local() {
        return LOCAL.get();
    }

    /** A buffer of at least {@code size} floats for a packed a panel; contents unspecified. */
    float[] packedA(int size) {
        if (packedA.length < size) {
            packedA = new float[size];
        }
        return packedA;
    }

    /** A buffer of at least {@code size} floats for packed b strips; contents unspecified. */
    float[] packedB(int size) {
        if (packedB.length < size) {
            packedB = new float[size];
        }
        return packedB;
    }

    /** LANES ints for the gather offsets of a transposed b; contents unspecified. */
    int[] rowOffsets() {
        return rowOffsets;
    }

    /** A buffer of at least {@code size} floats for one edge block of c; contents unspecified. */
    float[] tile(int size) {
        if (tile.length < size) {
            tile = new float[size];
        }
        return tile;
    }
}
