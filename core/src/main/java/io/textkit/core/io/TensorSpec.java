package io.textkit.core.io;

/**
 * One row of the header's tensor table: a tensor's name and shape. Its data follows the previous
 * tensor's, so the table alone fixes every offset and the file's total length.
 */
record TensorSpec(String name, int rows, int cols) {

    /** The largest float array a JVM reliably allocates. */
    static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    /** rows·cols; the header decoder has checked that it fits {@link #MAX_ELEMENTS}. */
    int elements() {
        return rows * cols;
    }

    /** Bytes of float32 data this tensor occupies in the file. */
    long bytes() {
        return (long) elements() * Float.BYTES;
    }
}
