package io.textkit.core.train;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long task: on a terminal, one line redrawn in place at most ten times a second (a
 * bar, percentage, rate and ETA); otherwise, for logs, a plain line every {@code logInterval}
 * seconds. The caller reports work done and, optionally, a short status such as the current loss.
 */
public final class Progress implements AutoCloseable {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;

    private final String task;
    private final long total;
    private final String unit;
    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long start;
    private long done;
    private long lastDraw;
    private String status = "";
    private boolean closed;

    private Progress(String task, long total, String unit, PrintStream out, boolean terminal, long intervalNanos,
            LongSupplier clock) {
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    /** Progress on standard error, as a bar when it is a terminal, else a log line every 10 s. */
    public static Progress start(String task, long total, String unit) {
        return new Progress(task, total, unit, System.err, isTerminal(System.err), 10_000_000_000L, System::nanoTime);
    }

    /** Progress on {@code out} with an explicit mode, log interval and clock (for tests). */
    public static Progress start(String task, long total, String unit, PrintStream out, boolean terminal,
            double logIntervalSeconds, LongSupplier nanoClock) {
        return new Progress(task, total, unit, out, terminal, (long) (logIntervalSeconds * 1e9), nanoClock);
    }

    /** Records {@code n} more units of work done. */
    public void advance(long n) {
        done += n;
        maybeDraw();
    }

    /** Sets a short status shown after the rate, e.g. {@code "loss 0.412"}. */
    public void status(String text) {
        status = text;
    }

    private void maybeDraw() {
        long now = clock.getAsLong();
        if (now - lastDraw >= (terminal ? REDRAW_NANOS : intervalNanos)) {
            lastDraw = now;
            draw(now, false);
        }
    }

    private void draw(long now, boolean last) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder();
        line.append(task).append(' ');
        if (total > 0) {
            double fraction = Math.min(1.0, (double) done / total);
            if (terminal) {
                int filled = (int) Math.round(fraction * BAR_WIDTH);
                line.append('[').append("=".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ");
            }
            line.append(String.format(Locale.ROOT, "%3.0f%% %,d/%,d %s", 100 * fraction, done, total, unit));
        } else {
            line.append(String.format(Locale.ROOT, "%,d %s", done, unit));
        }
        line.append(String.format(Locale.ROOT, "  %,.0f %s/s", rate, unit));
        if (last) {
            line.append("  in ").append(clockTime(seconds));
        } else if (total > 0 && rate > 0) {
            line.append("  ETA ").append(clockTime((total - done) / rate));
        }
        if (!status.isEmpty()) {
            line.append("  ").append(status);
        }
        if (terminal) {
            out.print("\r" + line + "\033[K" + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** {@code h:mm:ss} or {@code m:ss}. */
    static String clockTime(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /**
     * Ends without a final line, erasing the bar on a terminal, for a caller that prints its own
     * summary instead. A later {@link #close()} does nothing.
     */
    public void clear() {
        if (!closed) {
            closed = true;
            if (terminal) {
                out.print("\r\033[K");
                out.flush();
            }
        }
    }

    /** Draws the final line with the elapsed time. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            draw(clock.getAsLong(), true);
        }
    }

    /** True when {@code out} is standard output or error and they are likely an interactive terminal. */
    public static boolean isTerminal(PrintStream out) {
        if (out != System.err && out != System.out) {
            return false;
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22 added Console.isTerminal(); before that, a console exists only on a terminal.
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
