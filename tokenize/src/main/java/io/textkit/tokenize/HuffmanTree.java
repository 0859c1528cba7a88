package io.textkit.tokenize;

/**
 * The binary Huffman code of a {@link Vocabulary}'s words for word2vec's hierarchical softmax,
 * in flat arrays so the training loop walks a word's path without indirection.
 *
 * <p>Built as the original word2vec C code builds it: the words sorted by decreasing count are
 * merged two at a time, always taking the two lightest of (the lightest unmerged word, the
 * lightest unmerged inner node); on equal weight the inner node is taken first. Of the two
 * children merged into a node, the first taken (the lighter) gets code 0 and the second gets
 * code 1. Inner nodes are numbered in creation order {@code 0 .. n-2}, so the root is
 * {@code n-2}; that number is the row of the hierarchical-softmax output matrix.
 *
 * <p>For word {@code w} and {@code i < codeLength(w)}: {@code points()[offset(w)+i]} is the
 * {@code i}-th inner node on the path from the root (root first) and {@code codes()[offset(w)+i]}
 * is the branch taken there. Special tokens are not in the tree: their code length is 0.
 *
 * <p>Immutable; the arrays are shared, not copied, for speed, and must not be modified.
 */
public final class HuffmanTree {
    private final int[] lengths;
    private final int[] offsets;
    private final byte[] codes;
    private final int[] points;
    private final int innerNodes;

    /**
     * Builds the tree over ids {@code first .. counts.length-1}; ids below {@code first} are
     * left out with code length 0.
     *
     * @param counts per-id counts, non-increasing from {@code first} on; read only
     * @param first  the number of leading ids (specials) that are not in the tree
     */
    HuffmanTree(long[] counts, int first) {
        int size = counts.length;
        int n = size - first;
        lengths = new int[size];
        offsets = new int[size];
        innerNodes = Math.max(0, n - 1);
        if (n < 2) {
            // One word needs no decision and zero words no tree: both have empty codes.
            codes = new byte[0];
            points = new int[0];
            return;
        }
        // Nodes 0..n-1 are the words (tree index = id - first), n..2n-2 the inner nodes.
        int nodes = 2 * n - 1;
        long[] weight = new long[nodes];
        int[] parent = new int[nodes];
        byte[] branch = new byte[nodes];
        System.arraycopy(counts, first, weight, 0, n);
        int nextWord = n - 1;
        int nextInner = n;
        for (int node = n; node < nodes; node++) {
            int lighter;
            if (nextWord >= 0 && (nextInner >= node || weight[nextWord] < weight[nextInner])) {
                lighter = nextWord--;
            } else {
                lighter = nextInner++;
            }
            int heavier;
            if (nextWord >= 0 && (nextInner >= node || weight[nextWord] < weight[nextInner])) {
                heavier = nextWord--;
            } else {
                heavier = nextInner++;
            }
            weight[node] = weight[lighter] + weight[heavier];
            parent[lighter] = node;
            parent[heavier] = node;
            branch[heavier] = 1;
        }
        int root = nodes - 1;
        // A parent is always created after its children, so a downward sweep sees it first.
        int[] depth = new int[nodes];
        for (int node = root - 1; node >= 0; node--) {
            depth[node] = depth[parent[node]] + 1;
        }
        int total = 0;
        for (int w = 0; w < n; w++) {
            lengths[first + w] = depth[w];
            offsets[first + w] = total;
            total += depth[w];
        }
        codes = new byte[total];
        points = new int[total];
        for (int w = 0; w < n; w++) {
            int at = offsets[first + w] + depth[w] - 1;
            for (int node = w; node != root; node = parent[node], at--) {
                codes[at] = branch[node];
                points[at] = parent[node] - n;
            }
        }
    }

    /** Number of inner nodes on the word's path, i.e. the length of its code; 0 for specials. */
    public int codeLength(int word) {
        return lengths[word];
    }

    /** Start of the word's code and points in {@link #codes()} and {@link #points()}. */
    public int offset(int word) {
        return offsets[word];
    }

    /** All codes, word after word; each entry is 0 or 1. Shared: do not modify. */
    public byte[] codes() {
        return codes;
    }

    /** All paths' inner nodes in {@code [0, innerNodes())}, root first per word. Shared: do not modify. */
    public int[] points() {
        return points;
    }

    /** Number of inner nodes: the number of (non-special) words minus one. */
    public int innerNodes() {
        return innerNodes;
    }
}
