package io.textkit.embed;

import io.textkit.core.tensor.RowKernels;

/**
 * Hierarchical softmax's two kernels over one Huffman path, split so the path is walked in two
 * passes instead of node by node: first every node's score, then every node's update. The split
 * changes nothing in the maths: a path's nodes are distinct rows and the input row is not written
 * until the caller applies err, so each node's score is the one the node-by-node loop computes, and
 * err sums the nodes' terms in path order. What it saves is memory traffic: the second pass keeps a
 * slice of h and of err in registers while it runs down the path, loading and storing each output
 * row once instead of reloading h and reloading and storing err at every node. Vector API when
 * {@link RowKernels#VECTOR}, plain loops (the same operations, so the same bits) otherwise.
 */
final class PathKernels {
    private PathKernels() {}

    /**
     * {@code f[k] = h·u_k} for {@code k < n}, where h is {@code in[inOff..inOff+dim)} and u_k is
     * {@code out[rows[k]..rows[k]+dim)}. Reads in, out and rows; writes f.
     */
    static void scores(float[] in, int inOff, float[] out, int[] rows, int n, float[] f, int dim) {
        if (RowKernels.VECTOR) {
            VectorPathKernels.scores(in, inOff, out, rows, n, f, dim);
            return;
        }
        for (int k = 0; k < n; k++) {
            f[k] = RowKernels.dot(in, inOff, out, rows[k], dim);
        }
    }

    /**
     * For k = 0 .. n−1 in order: {@code err += g[k]·u_k}, then {@code u_k += g[k]·h}, with u_k and h
     * as in {@link #scores}; err takes u_k's value before its update. Reads in, g and rows; modifies
     * out and err.
     */
    static void update(float[] in, int inOff, float[] out, int[] rows, float[] g, int n, float[] err, int dim) {
        if (RowKernels.VECTOR) {
            VectorPathKernels.update(in, inOff, out, rows, g, n, err, dim);
            return;
        }
        for (int k = 0; k < n; k++) {
            RowKernels.update(g[k], out, rows[k], in, inOff, err, dim);
        }
    }
}
