package io.textkit.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Fuzzes one target for a given time: {@code FuzzOne CLASS#METHOD SECONDS [SEED_DIR...]}, run with
 * {@code JAZZER_FUZZ=1} by {@code fuzz/run.sh}. Jazzer fuzzes a single {@code @FuzzTest} per JVM, and
 * the duration in the annotation suits only the default; this overrides it (libFuzzer takes the
 * last {@code -max_total_time}), adds a 10 s timeout per input so that a hang is a finding, and reads
 * the extra seed folders without writing to them. Exits 1 if the target found anything.
 */
public final class FuzzOne {
    private static final String INSTRUMENTED = "io.textkit.**:com.fasterxml.jackson.**:org.apache.commons.compress.**";

    private FuzzOne() {}

    public static void main(String[] args) throws ClassNotFoundException {
        if (args.length < 2 || !args[0].contains("#")) {
            System.err.println("usage: FuzzOne CLASS#METHOD SECONDS [SEED_DIR...]");
            System.exit(2);
        }
        Method target = method(args[0]);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(target.getDeclaringClass(), target))
                // Coverage of the parsers textkit delegates to guides the fuzzer through their formats too.
                .configurationParameter("jazzer.instrumentation_includes", INSTRUMENTED)
                .configurationParameter("jazzer.custom_hook_includes", INSTRUMENTED);
        List<String> libFuzzerArgs = new ArrayList<>(List.of("fuzz", "-max_total_time=" + Integer.parseInt(args[1]),
                "-timeout=10", "-print_final_stats=1"));
        libFuzzerArgs.addAll(Arrays.asList(args).subList(2, args.length));
        for (int i = 0; i < libFuzzerArgs.size(); i++) {
            request.configurationParameter("jazzer.internal.arg." + i, libFuzzerArgs.get(i));
        }
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request.build(), summary);
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
