package io.textkit.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Once compiled, the Huffman-path kernels allocate nothing. A Vector API kernel the compiler cannot
 * turn into vector instructions (a species that is not a constant, a method too large to inline)
 * still gives the right numbers, through a fallback that allocates arrays for every vector: that
 * made training several times slower without failing any other test. Warms up until a batch of
 * calls allocates nothing, or gives up after 20 s.
 */
class PathKernelsDoNotAllocateTest {
    private static final int DIM = 100;
    private static final int NODES = 15;

    @Test
    void compiledKernelsAllocateNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        float[] out = Fixtures.randomRows(64 * DIM, 1);
        float[] in = Fixtures.randomRows(2 * DIM, 2);
        float[] err = new float[DIM];
        float[] f = new float[NODES];
        float[] g = new float[NODES];
        int[] rows = new int[NODES];
        for (int k = 0; k < NODES; k++) {
            rows[k] = (3 * k + 1) * DIM;
            g[k] = 1e-6f * (k - 7);
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        long allocated;
        do {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int call = 0; call < 10_000; call++) {
                PathKernels.scores(in, DIM, out, rows, NODES, f, DIM);
                PathKernels.update(in, DIM, out, rows, g, NODES, err, DIM);
            }
            allocated = threads.getThreadAllocatedBytes(thread) - before;
        } while (allocated != 0 && System.nanoTime() < deadline);
        assertEquals(0, allocated, "bytes allocated by 10,000 calls of each kernel after warm-up");
    }
}
