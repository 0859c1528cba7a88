package io.textkit.core.tensor;

/**
 * Whether ops record the graph for back-propagation, per thread. Inference turns it off so that no
 * backward closures or input references are kept:
 *
 * <pre>{@code
 * try (GradMode.Scope off = GradMode.disable()) {
 *     Tensor logits = model.forward(x);
 * }
 * }</pre>
 */
public final class GradMode {
    private static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> Boolean.TRUE);

    private GradMode() {}

    /** True when ops on this thread record the graph. */
    public static boolean isEnabled() {
        return ENABLED.get();
    }

    /** Turns recording off on this thread until the returned scope is closed. */
    public static Scope disable() {
        boolean previous = ENABLED.get();
        ENABLED.set(Boolean.FALSE);
        return () -> ENABLED.set(previous);
    }

    /** Restores the previous mode when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
