package io.textkit.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Fuzzes one target for a given time: {@code FuzzOne CLASS#METHOD SECONDS [TIMEOUT_SECONDS]}, run
 * with {@code JAZZER_FUZZ=1} by {@code fuzz/run.sh}. Jazzer fuzzes a single {@code @FuzzTest} per
 * JVM, and the duration in the annotation suits only the default; this overrides it (libFuzzer takes
 * the last {@code -max_total_time}) and adds a per-input timeout, so a hang is a finding. Exits 1 if
 * the target found anything.
 */
public final class FuzzOne {
    private FuzzOne() {}

    public static void main(String[] args) throws ClassNotFoundException {
        if (args.length < 2 || args.length > 3 || !args[0].contains("#")) {
            System.err.println("usage: FuzzOne CLASS#METHOD SECONDS [TIMEOUT_SECONDS]");
            System.exit(2);
        }
        String timeout = args.length == 3 ? args[2] : "10";
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(method(args[0]).getDeclaringClass(), method(args[0])))
                .configurationParameter("jazzer.internal.arg.0", "fuzz")
                .configurationParameter("jazzer.internal.arg.1", "-max_total_time=" + Integer.parseInt(args[1]))
                .configurationParameter("jazzer.internal.arg.2", "-timeout=" + Integer.parseInt(timeout))
                .configurationParameter("jazzer.internal.arg.3", "-print_final_stats=1")
                // Coverage of the parsers textkit delegates to guides the fuzzer through their formats too.
                .configurationParameter("jazzer.instrumentation_includes",
                        "io.textkit.**:com.fasterxml.jackson.**:org.apache.commons.compress.**")
                .configurationParameter("jazzer.custom_hook_includes",
                        "io.textkit.**:com.fasterxml.jackson.**:org.apache.commons.compress.**")
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        summary.getSummary().getFailures().forEach(failure ->
                System.err.println("finding in " + args[0] + ": " + failure.getException()));
        if (summary.getSummary().getTestsSucceededCount() == 0 || summary.getSummary().getTotalFailureCount() > 0) {
            System.exit(1);
        }
    }

    /** The method {@code CLASS#METHOD} names; fuzz targets are not overloaded. */
    private static Method method(String target) throws ClassNotFoundException {
        String[] parts = target.split("#");
        for (Method method : Class.forName(parts[0]).getDeclaredMethods()) {
            if (method.getName().equals(parts[1])) {
                return method;
            }
        }
        throw new IllegalArgumentException("no method " + parts[1] + " in " + parts[0]);
    }
}
