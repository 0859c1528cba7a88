package io.textkit.core.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the row ranges of one product on a fixed set of threads: the caller takes the first range
 * and {@code threads - 1} daemon workers the others. Workers only ever run row ranges, never wait
 * on each other, so concurrent callers queue rather than deadlock.
 */
final class RowSplitter {
    /** Computes rows {@code from .. to-1} of c. */
    interface RowRange {
        void run(int from, int to);
    }

    private static final AtomicInteger POOL_IDS = new AtomicInteger();

    private final int threads;
    private volatile ExecutorService workers;

    RowSplitter(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("matmul threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    int threads() {
        return threads;
    }

    /**
     * Splits rows {@code 0 .. m-1} into at most {@link #threads()} ranges whose bounds are multiples
     * of {@code granule}, runs them in parallel and returns when all are done.
     */
    void run(int m, int granule, RowRange range) {
        int blocks = (m + granule - 1) / granule;
        int parts = Math.min(threads, blocks);
        if (parts <= 1) {
            range.run(0, m);
            return;
        }
        List<Future<?>> pending = new ArrayList<>(parts - 1);
        ExecutorService pool = workers();
        for (int part = 1; part < parts; part++) {
            int from = Math.min(m, blocks * part / parts * granule);
            int to = Math.min(m, blocks * (part + 1) / parts * granule);
            pending.add(pool.submit(() -> range.run(from, to)));
        }
        range.run(0, Math.min(m, blocks / parts * granule));
        for (Future<?> f : pending) {
            await(f);
        }
    }

    private static void await(Future<?> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return;
                } catch (InterruptedException e) {
                    // The other rows are still being written into c: finish them, then re-interrupt.
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ExecutorService workers() {
        ExecutorService pool = workers;
        if (pool == null) {
            synchronized (this) {
                pool = workers;
                if (pool == null) {
                    int id = POOL_IDS.incrementAndGet();
                    AtomicInteger thread = new AtomicInteger();
                    pool = Executors.newFixedThreadPool(threads - 1, task -> {
                        Thread t = new Thread(task, "textkit-matmul-" + id + "-" + thread.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                    workers = pool;
                }
            }
        }
        return pool;
    }
}
