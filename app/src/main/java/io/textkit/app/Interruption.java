package io.textkit.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (or SIGTERM) into a stop request for long work: the JVM's shutdown hook asks the
 * work to stop, then holds the exit until the command has finished what it was doing (at most 30 s),
 * so that no output is left half-written.
 */
final class Interruption implements AutoCloseable {
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private Interruption(Runnable stop) {
        hook = new Thread(() -> {
            requested = true;
            stop.run();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "textkit-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Runs {@code stop} when the user interrupts, until closed. */
    static Interruption onSignal(Runnable stop) {
        return new Interruption(stop);
    }

    /** True once the user has asked to stop. */
    boolean requested() {
        return requested;
    }

    /** The work is finished: lets an interrupted JVM exit, or forgets the hook. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and will return now that the work is finished.
        }
    }
}
