package io.textkit.app;

import io.textkit.core.train.TrainingStoppedException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Turns Ctrl-C (or SIGTERM) into a stop request for a command's work, in whichever phase it is: the
 * JVM's shutdown hook calls {@link #requestStop()}, which runs the stop actions the work registered
 * (a trainer's {@code stop}) and makes {@link #check()} throw at the work's next line or example.
 * Outside training it also interrupts the working thread, which ends a blocking read or write of a
 * file at once (the channel closes; a file being written loses only its temporary). Training is
 * left to the trainers' own flags, which end every worker thread, not just the caller. The hook
 * then holds the exit until the command has finished (at most 30 s), so that it can remove its
 * temporaries and say what happened. Tests call {@link #requestStop()} from another thread, as the
 * hook does, at a phase they choose through {@link #onPhase}.
 */
final class Interruption implements AutoCloseable {
    /** What a command is doing, as far as stopping it is concerned. */
    enum Phase {
        READING, COUNTING, TRAINING, WRITING;

        /** The phase as a message says it: "reading". */
        String describe() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final AtomicReference<Interruption> ACTIVE = new AtomicReference<>();
    private static volatile Consumer<Phase> phaseListener = phase -> {};

    private final CountDownLatch finished = new CountDownLatch(1);
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();
    private final Thread worker = Thread.currentThread();
    private final Thread hook;
    /** Null for work outside {@link #run} (a server waiting for Ctrl-C), which is never interrupted. */
    private Phase phase;
    private boolean requested;
    private boolean committing;
    private boolean interrupted;

    private Interruption() {
        hook = new Thread(() -> {
            request();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "textkit-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        ACTIVE.set(this);
    }

    /** A command's work, which may be stopped. */
    @FunctionalInterface
    interface Work {
        /** Does the work, calling {@code stop}'s {@link #enter} and {@link #check} as it goes; returns the exit code. */
        int run(Interruption stop) throws Exception;
    }

    /**
     * Runs {@code work} on this thread under a new interruption. When the user stops it, whatever the
     * work then returned or threw, says so on {@code err} and returns 130 (128 + SIGINT), as a shell
     * does for a program that Ctrl-C ended.
     */
    static int run(PrintWriter err, Work work) throws Exception {
        try (Interruption stop = start()) {
            synchronized (stop) {
                stop.phase = Phase.READING;
            }
            int code;
            try {
                code = work.run(stop);
            } catch (Exception e) {
                if (!stop.requested()) {
                    throw e;
                }
                code = 1;
            }
            if (stop.requested()) {
                err.println("textkit: interrupted while " + stop.phase().describe() + "; nothing was written"
                        + " and existing files are unchanged");
                err.flush();
                return 130;
            }
            return code;
        }
    }

    /** Listens for Ctrl-C on behalf of the calling thread's work, until closed. */
    static Interruption start() {
        return new Interruption();
    }

    /** Runs {@code stop} when the user interrupts, until closed. */
    static Interruption onSignal(Runnable stop) {
        Interruption interruption = start();
        interruption.onStop(stop);
        return interruption;
    }

    /** What Ctrl-C does: asks the running command, if any, to stop. Safe from any thread. */
    static void requestStop() {
        Interruption active = ACTIVE.get();
        if (active != null) {
            active.request();
        }
    }

    /** For tests: {@code listener} hears, on the working thread, each phase a command enters. */
    static void onPhase(Consumer<Phase> listener) {
        phaseListener = listener;
    }

    /**
     * The work enters {@code next}: a stop requested before ends it here; one requested from now on
     * is for the phase's own loops to notice (or the interrupt, outside training).
     */
    void enter(Phase next) {
        check();
        synchronized (this) {
            phase = next;
        }
        phaseListener.accept(next);
    }

    /** The phase the work last entered. */
    synchronized Phase phase() {
        return phase;
    }

    /** Runs {@code action} on a stop request, at once if one has come already. */
    void onStop(Runnable action) {
        actions.add(action);
        if (requested()) {
            action.run();
        }
    }

    /** True once the user has asked to stop, unless the outputs were already being moved into place. */
    synchronized boolean requested() {
        return requested && !committing;
    }

    /**
     * Throws if the user has asked to stop: the work's reading and counting loops call this per
     * line or example.
     */
    void check() {
        if (requested()) {
            throw new TrainingStoppedException(phase().describe());
        }
    }

    /**
     * Whether the work may move its outputs into place: false once a stop has been requested; after
     * true, a stop request no longer interrupts (the moves take milliseconds) and the command ends as
     * if none had come.
     */
    synchronized boolean beginCommit() {
        if (requested) {
            return false;
        }
        committing = true;
        return true;
    }

    private void request() {
        synchronized (this) {
            if (requested || committing) {
                return;
            }
            requested = true;
            if (phase != null && phase != Phase.TRAINING) {
                interrupted = true;
                worker.interrupt();
            }
        }
        for (Runnable action : actions) {
            action.run();
        }
    }

    /** The work is finished: lets an interrupted JVM exit, or forgets the hook. */
    @Override
    public void close() {
        synchronized (this) {
            if (interrupted) {
                // The interrupt was meant for the reading or writing that has now ended, not for what comes next.
                Thread.interrupted();
            }
        }
        ACTIVE.compareAndSet(this, null);
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and will return now that the work is finished.
        }
    }
}
