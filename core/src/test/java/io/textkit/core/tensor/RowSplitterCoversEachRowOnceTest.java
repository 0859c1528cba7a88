package io.textkit.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Whatever threads claim which chunks, every row is computed exactly once, and failures reach the caller. */
class RowSplitterCoversEachRowOnceTest {
    @Test
    void everyRowOnceAndChunkBoundsOnTheGranule() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            RowSplitter splitter = new RowSplitter(threads);
            for (int m : new int[] {1, 7, 8, 9, 100, 257}) {
                AtomicIntegerArray visits = new AtomicIntegerArray(m);
                splitter.run(m, 8, (from, to) -> {
                    assertEquals(0, from % 8, "chunk starts off the granule");
                    for (int i = from; i < to; i++) {
                        visits.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < m; i++) {
                    assertEquals(1, visits.get(i), "row " + i + " of " + m + " on " + threads + " threads");
                }
            }
        }
    }

    @Test
    void aFailingChunkFailsTheCall() {
        RowSplitter splitter = new RowSplitter(3);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                splitter.run(256, 8, (from, to) -> {
                    if (from >= 128) {
                        throw new IllegalStateException("chunk at " + from);
                    }
                }));
        assertEquals("chunk at", thrown.getMessage().substring(0, 8));
    }

    @Test
    void refusesZeroThreads() {
        assertThrows(IllegalArgumentException.class, () -> new RowSplitter(0));
    }
}
