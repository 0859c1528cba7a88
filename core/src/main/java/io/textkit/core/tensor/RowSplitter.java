package io.textkit.core.tensor;

import io.textkit.core.config.Check;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the row chunks of one product on the calling thread plus up to {@code threads - 1} daemon
 * workers. Chunks are claimed from a shared counter rather than dealt out in advance, so a worker
 * that gets no core (the machine is shared, or busy with other work) costs almost nothing: the
 * caller takes the chunks it would have had. Workers never wait on anything, so concurrent callers
 * queue rather than deadlock.
 */
final class RowSplitter {
    /** Computes rows {@code from .. to-1} of c. */
    interface RowRange {
        void run(int from, int to);
    }

    /** Chunks per thread: enough to even out late starts, few enough to keep each chunk's panels warm. */
    private static final int CHUNKS_PER_THREAD = 4;
    private static final AtomicInteger POOL_IDS = new AtomicInteger();

    private final int threads;
    private volatile ExecutorService workers;

    RowSplitter(int threads) {
        Check.positive("matmul threads", threads);
        this.threads = threads;
    }

    int threads() {
        return threads;
    }

    /**
     * Runs {@code range} over rows {@code 0 .. m-1} in chunks whose bounds are multiples of
     * {@code granule}, on as many threads as can get a core, and returns when every chunk is done.
     */
    void run(int m, int granule, RowRange range) {
        int granules = (m + granule - 1) / granule;
        int chunkRows = Math.max(1, granules / (threads * CHUNKS_PER_THREAD)) * granule;
        Job job = new Job(m, chunkRows, range);
        if (job.chunks <= 1 || threads == 1) {
            range.run(0, m);
            return;
        }
        ExecutorService pool = workers();
        for (int helper = 1; helper < Math.min(threads, job.chunks); helper++) {
            pool.execute(job::work);
        }
        job.work();
        job.awaitChunks();
    }

    /** One product's chunks, claimed in order by whichever thread asks next. */
    private static final class Job {
        final int m;
        final int chunkRows;
        final int chunks;
        final RowRange range;
        final Thread caller = Thread.currentThread();
        final AtomicInteger nextChunk = new AtomicInteger();
        final AtomicInteger doneChunks = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(int m, int chunkRows, RowRange range) {
            this.m = m;
            this.chunkRows = chunkRows;
            this.chunks = (m + chunkRows - 1) / chunkRows;
            this.range = range;
        }

        void work() {
            for (int chunk; (chunk = nextChunk.getAndIncrement()) < chunks; ) {
                try {
                    range.run(chunk * chunkRows, Math.min(m, (chunk + 1) * chunkRows));
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
                if (doneChunks.incrementAndGet() == chunks && Thread.currentThread() != caller) {
                    LockSupport.unpark(caller);
                }
            }
        }

        /** Waits for chunks other threads claimed; a worker that starts after the last claim does nothing. */
        void awaitChunks() {
            while (doneChunks.get() < chunks) {
                LockSupport.park(this);
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
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
